package org.equicity.selfassessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import org.equicity.report.web.SchemaCheck;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentFixtures.Story;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city's tools work on its self-assessment through the API: start it, save a key factor over the version read
 * (a stale version is a 409 problem), add and remove evidence (another city's plan action is refused), sign it off;
 * the assessment reads as a document of the published schema, which the installation serves, and prints as a PDF;
 * the operations are in the OpenAPI document. Another city's people read nothing of it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentApiTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Story mine;
    Story theirs;

    @BeforeEach
    void setUp() {
        mine = SelfAssessmentFixtures.story(context);
        theirs = SelfAssessmentFixtures.story(context);
    }

    JsonNode schema() throws IOException {
        try (var in = new ClassPathResource("static/schemas/self-assessment/1.0.json").getInputStream()) {
            return JSON.readTree(in);
        }
    }

    JsonNode read(String address) throws Exception {
        return JSON.readTree(mvc.perform(get(address).with(user(mine.contact())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void aCitysToolsWriteTheAssessmentAndReadItAsADocumentOfThePublishedSchema() throws Exception {
        var created = mvc.perform(
                        post("/api/v1/cities/" + mine.city().city().id().value() + "/self-assessments")
                                .with(user(mine.coordinator()))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("""
                                {"framework":"eurocities-benchmark-key-factors@2012","title":"Baseline"}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var id = JSON.readTree(created).path("id").asString();
        var address = "/api/v1/self-assessments/" + id;
        var version = read(address).path("factors").get(0).path("version").asLong();

        mvc.perform(put(address + "/factors/kf1")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":%d,"answers":["Yes, since 2019.",null,"Partly."],"judgement":"partly-met",
                                 "explanation":"Leaders rarely refer to it.","contextFactors":["cf6"]}""".formatted(version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.factors[0].score").value(50));
        mvc.perform(put(address + "/factors/kf1")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":%d,\"judgement\":\"met\"}".formatted(version)))
                .andExpect(status().isConflict());
        var evidence = mvc.perform(post(address + "/factors/kf1/evidence")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"source":"DOCUMENT","kind":"press-release","title":"Mayor's statement",
                                 "link":"https://example.org/press"}"""))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post(address + "/factors/kf1/evidence")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"source":"PLAN_ACTION","plan":"%s","item":"%s"}""".formatted(
                                        theirs.plan().value(), theirs.action().value())))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(address + "/factors/kf1/evidence")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"source":"PLAN_ACTION","plan":"%s","item":"%s"}""".formatted(mine.plan().value(), mine.action().value())))
                .andExpect(status().isCreated());

        var document = read(address + "/export.json");
        assertThat(SchemaCheck.problems(schema(), document)).isEmpty();
        assertThat(document.path("factors").get(0).path("answers").get(1).isNull())
                .isTrue();
        assertThat(document.path("factors").get(0).path("evidence")).hasSize(2);

        mvc.perform(delete(address + "/evidence/"
                                + JSON.readTree(evidence).path("id").asString())
                        .with(user(mine.contact()))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(read(address).path("factors").get(0).path("evidence")).hasSize(1);

        mvc.perform(get(address + "/export.pdf").with(user(mine.partner())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(result -> assertThat(new String(result.getResponse().getContentAsByteArray(), 0, 5))
                        .isEqualTo("%PDF-"));
        mvc.perform(get(address).with(user(theirs.coordinator()))).andExpect(status().isForbidden());
        mvc.perform(get(address + "/export.json").with(user(theirs.coordinator())))
                .andExpect(status().isForbidden());
        mvc.perform(get(address + "/export.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void aSignedOffAssessmentIsADocumentOfTheSchemaWithItsDevelopmentPlan() throws Exception {
        var assessments = context.getBean(org.equicity.selfassessment.SelfAssessments.class);
        var id = as(mine.coordinator(), () -> {
            var started = assessments.start(mine.city().city().id(), SelfAssessmentFixtures.BENCHMARK, "Baseline");
            SelfAssessmentFixtures.judgeAll(assessments, started, "not-met");
            return started;
        });
        var address = "/api/v1/self-assessments/" + id.value();
        mvc.perform(post(address + "/sign-off")
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":%d}"
                                .formatted(read(address).path("version").asLong())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SIGNED_OFF"));
        mvc.perform(post(address + "/development")
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"factor":"kf2","title":"Write the strategy","horizon":"LONGER_TERM","due":"2028-01-31"}"""))
                .andExpect(status().isCreated());
        mvc.perform(put(address + "/shared")
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shared\":true}"))
                .andExpect(jsonPath("$.shared").value(true));

        var document = read(address);
        assertThat(SchemaCheck.problems(schema(), document)).isEmpty();
        assertThat(document.path("development").get(0).path("horizon").asString())
                .isEqualTo("LONGER_TERM");
    }

    @Test
    void theSchemaIsPublishedAndTheOperationsAreInTheApiDocument() throws Exception {
        mvc.perform(get("/schemas/self-assessment/1.0.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['$id']").value("urn:equicity:schema:self-assessment:1.0"));
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("/api/v1/self-assessments/{id}/factors/{factor}")))
                .andExpect(jsonPath(
                        "$.paths['/api/v1/self-assessments/{id}/export.json'].get.summary",
                        endsWith("/schemas/self-assessment/1.0.json")));
    }
}
