package org.equicity.monitoring.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class RequestPagesTests {

    private static final Pattern RECIPIENT = Pattern.compile("/recipients/([0-9a-f-]{36})/answer");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    TestMonitoring city;
    String base;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        base = "/manage/cities/" + city.city().city().slug() + "/monitoring";
    }

    @Test
    void theCoordinatorSendsARequestTheDepartmentAnswersOnItsPageAndTheSteeringGroupSeesTheRate() throws Exception {
        var requests = base + "/" + city.programme().value() + "/requests";
        mvc.perform(get(requests + "/new").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Which facts and numbers does your department have")))
                .andExpect(content().string(containsString("Housing office")));
        var request = mvc.perform(post(requests + "/new")
                        .with(user(city.coordinator()))
                        .with(csrf())
                        .param("title", "Services and discrimination")
                        .param("questions[0]", "Which facts and numbers do you have?")
                        .param("questions[1]", "Which problems do you see?")
                        .param("questions[2]", "")
                        .param("deadline", LocalDate.now().plusWeeks(3).toString())
                        .param(
                                "addressees[0].department",
                                city.city().department().id().value().toString())
                        .param("addressees[0].asked", "true")
                        .param("addressees[0].contactName", "Eva Equal")
                        .param("addressees[0].contactEmail", "eva@example.org")
                        .param(
                                "addressees[1].department",
                                city.housing().id().value().toString())
                        .param("addressees[1].asked", "true")
                        .param("addressees[1].contactName", "Hans Housing")
                        .param("addressees[1].contactEmail", "hans@example.org"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(request).with(user(city.housingContact()))).andExpect(status().isForbidden());
        mvc.perform(post(request + "/send").with(user(city.coordinator())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(base + "/requests/mine").with(user(city.housingContact())))
                .andExpect(content().string(containsString("Services and discrimination")));
        var page = mvc.perform(get(request).with(user(city.housingContact())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Eva Equal"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        var matcher = RECIPIENT.matcher(page);
        org.assertj.core.api.Assertions.assertThat(matcher.find()).isTrue();
        var answer = request + "/recipients/" + matcher.group(1) + "/answer";
        mvc.perform(post(answer).with(user(city.housingContact())).with(csrf()).header("Accept-Language", "it"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"answers-error\"")))
                .andExpect(content().string(containsString("Rispondere ad almeno una domanda")));
        mvc.perform(post(answer)
                        .with(user(city.housingContact()))
                        .with(csrf())
                        .param("answers[0]", "Waiting lists by nationality")
                        .param("figures", "Applications: 1200"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(answer).with(user(city.equalityContact())).with(csrf()).param("answers[0]", "Not ours"))
                .andExpect(status().isForbidden());

        mvc.perform(get(request).with(user(city.coordinator())))
                .andExpect(content().string(containsString("1 of 2 answered (50 %)")))
                .andExpect(content().string(containsString("Waiting lists by nationality")));
        mvc.perform(get("/api/v1/monitoring/information-requests/" + request.substring(request.lastIndexOf('/') + 1))
                        .with(user(city.equalityContact())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.recipients.length()").value(1))
                .andExpect(jsonPath("$.responseRate").value(org.hamcrest.Matchers.nullValue()));

        var other = MonitoringFixtures.city(context);
        mvc.perform(get(request).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(requests).with(user(other.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get("/cities/" + city.city().city().slug()))
                .andExpect(content().string(not(containsString("Waiting lists by nationality"))))
                .andExpect(content().string(not(containsString("Services and discrimination"))));
    }
}
