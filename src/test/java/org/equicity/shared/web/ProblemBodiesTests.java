package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.equicity.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every problem the API answers has the same shape, whether Spring MVC, the security chain or a servlet filter
 * wrote it: standard members with a value, never {@code "type": null} or {@code "properties": null}. And who is
 * asking comes first: an anonymous write is a 401, not a 403 for its missing CSRF token.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProblemBodiesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    void answersAProblemWithoutNulls(MockHttpServletRequestBuilder request, int status) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var problem = JsonMapper.builder().build().readTree(response.getContentAsString());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.properties())
                .as(response.getContentAsString())
                .noneMatch(member -> member.getValue().isNull());
    }

    @Test
    void anAnonymousApiWriteIsA401WithOrWithoutACsrfToken() throws Exception {
        var invitation = """
                {"email":"x@example.org","role":"CITY_COORDINATOR","cityId":"00000000-0000-0000-0000-000000000001"}""";
        answersAProblemWithoutNulls(
                post("/api/v1/people/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invitation),
                401);
        answersAProblemWithoutNulls(
                post("/api/v1/people/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(invitation)
                        .with(csrf()),
                401);
    }

    @Test
    void problemsFromTheSecurityChainFiltersAndControllersHaveNoNullMembers() throws Exception {
        var someone = TestPeople.holding(context);
        answersAProblemWithoutNulls(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, "Bearer made-up"), 401);
        answersAProblemWithoutNulls(get("/api/v1/people").with(user(someone)), 403);
        answersAProblemWithoutNulls(
                post("/api/v1/cities")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "x".repeat(1_100_000) + "\"}"),
                413);
        answersAProblemWithoutNulls(
                post("/api/v1/people/invitations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json")
                        .with(user(someone))
                        .with(csrf()),
                400);
    }
}
