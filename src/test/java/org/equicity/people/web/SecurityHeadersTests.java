package org.equicity.people.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Pages and API answers, with a session or a token, tell the browser to run only this site's scripts and styles,
 * to keep the address of a page (which may hold an invitation's secret) from other sites, and to refuse camera,
 * microphone, location and the like. The browser tests run every page they visit under this policy.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    void carriesTheSecurityHeaders(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("default-src 'self'"),
                                        containsString("script-src 'self';"),
                                        containsString("style-src 'self';"),
                                        containsString("object-src 'none'"),
                                        containsString("frame-ancestors 'none'"),
                                        not(containsString("unsafe")))))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string(
                                "Permissions-Policy",
                                allOf(containsString("camera=()"), containsString("geolocation=()"))));
    }

    @Test
    void aPageAndAnApiAnswerCarryTheSecurityHeaders() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk());
        carriesTheSecurityHeaders(get("/"));
        carriesTheSecurityHeaders(get("/login"));
        carriesTheSecurityHeaders(get("/api/v1/frameworks"));
        carriesTheSecurityHeaders(get("/api/v1/people/me"));
        carriesTheSecurityHeaders(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, "Bearer made-up"));
    }

    @Test
    void onlyTheSwaggerUiPagesMayStyleInlineAndTheyTooRunOnlyThisSitesScripts() throws Exception {
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                allOf(
                                        containsString("script-src 'self';"),
                                        containsString("style-src 'self' 'unsafe-inline';"))));
    }
}
