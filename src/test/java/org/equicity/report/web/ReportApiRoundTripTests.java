package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A client that reads a report through the API can send its content back as it read it, ids and all. */
@SpringBootTest
@AutoConfigureMockMvc
class ReportApiRoundTripTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    final JsonMapper json = JsonMapper.builder().build();

    JsonNode read(String report, ReportFixtures fixtures) throws Exception {
        return json.readTree(mvc.perform(get(report).with(user(fixtures.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void whatTheApiAnswersForAReportItAcceptsBackUnchanged() throws Exception {
        var fixtures = ReportFixtures.create(context);
        var cycle = fixtures.openCycle(context, "Cycle 2023–2024", 2023);
        var id = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        var report = "/api/v1/reports/" + id.value();
        var before = read(report, fixtures);
        var action = before.path("content").path("actions").path(0);
        assertThat(action.path("id").isString())
                .as("a reported action's id is a plain string")
                .isTrue();
        assertThat(action.path("planAction").isObject()).isFalse();

        var body = ((ObjectNode) before.path("content").deepCopy())
                .put("version", before.path("version").asLong());
        mvc.perform(put(report)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body))
                        .with(user(fixtures.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk());

        var after = read(report, fixtures);
        assertThat(after.path("content")).isEqualTo(before.path("content"));
    }
}
