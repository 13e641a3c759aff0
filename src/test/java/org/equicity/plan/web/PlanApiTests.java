package org.equicity.plan.web;

import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class PlanApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    TestCity city;
    UserDetails coordinator;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
    }

    MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.with(user(coordinator))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    String createPlan() throws Exception {
        var response = mvc.perform(json(
                        post("/api/v1/plans"), """
                        {"city":"%s","title":"Plan 2025","startYear":2025,"endYear":2027}""".formatted(city.city().id().value())))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }

    @Test
    void aPlanIsBuiltAndReadThroughTheApi() throws Exception {
        var plan = createPlan();
        var commitment = JsonPath.<String>read(
                mvc.perform(json(post("/api/v1/plans/{id}/commitments", plan), """
                                {"frameworkCode":"8","goal":"Education free of racism",
                                 "specificObjectives":["Teacher training"],"humanRightsPrinciples":["inclusion"]}"""))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        var need = JsonPath.<String>read(
                mvc.perform(json(post("/api/v1/plans/{id}/needs", plan), """
                                {"method":"FOCUS_GROUP","heldOn":"2024-11-05","description":"Teachers ask for material"}"""))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(post("/api/v1/plans/{id}/commitments/{c}/actions", plan, commitment), """
                        {"title":"Training for teachers","track":"awareness-raising","fieldsOfActivity":["education"],
                         "budget":{"amount":5000,"currency":"EUR","fundingSource":"Regional fund"},
                         "status":"IN_PROGRESS","progress":20,"needs":["%s"]}""".formatted(need)))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/plans/{id}", plan).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.frameworks", hasItem("eccar-commitments@2023")))
                .andExpect(jsonPath("$.commitments[0].commitment.frameworkCode").value("8"))
                .andExpect(jsonPath("$.commitments[0].actions[0].action.title").value("Training for teachers"))
                .andExpect(jsonPath("$.commitments[0].actions[0].action.budget.currency")
                        .value("EUR"))
                .andExpect(
                        jsonPath("$.commitments[0].actions[0].action.progress").value(20))
                .andExpect(jsonPath(
                        "$.commitments[0].actions[0].suggestedTags", hasItem("ici-fields-of-action@2019:education")))
                .andExpect(jsonPath("$.needs[0].answeredBy.length()").value(1));
        mvc.perform(get("/api/v1/plans").param("city", city.city().slug()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Plan 2025"));
        mvc.perform(get("/api/v1/plans/{id}/history", plan).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4));
    }

    @Test
    void aStaleVersionIsAConflictAndTheStoredVersionStays() throws Exception {
        var plan = createPlan();
        mvc.perform(json(put("/api/v1/plans/{id}", plan), """
                        {"version":0,"title":"Renamed","startYear":2025,"endYear":2027}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put("/api/v1/plans/{id}", plan), """
                        {"version":0,"title":"Lost update","startYear":2025,"endYear":2027}"""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/plans/{id}", plan).with(user(coordinator)))
                .andExpect(jsonPath("$.title").value("Renamed"));
    }

    @Test
    void badInputIsAProblemDetailNeverAServerError() throws Exception {
        var plan = createPlan();
        mvc.perform(json(post("/api/v1/plans"), """
                        {"city":"%s","title":"","startYear":2025}""".formatted(city.city().id().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endYear")));
        mvc.perform(json(post("/api/v1/plans/{id}/commitments", plan), "{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/plans/{id}/needs", plan), """
                        {"method":"TELEPATHY","description":"x"}""")).andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/plans/{id}/commitments", plan), """
                        {"frameworkCode":"99"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("plan.rule.unknown-item"));
        mvc.perform(json(post("/api/v1/plans/{id}/adoption", plan), """
                        {"date":"2025-01-01","reference":"GR 1"}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("plan.rule.transition"));
        mvc.perform(json(post("/api/v1/plans/{id}/adoption", plan), """
                        {"date":"2025-01-01","reference":"GR 1","link":"ftp://x"}""")).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/plans/{id}", "not-an-id").with(user(coordinator)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/plans/{id}", java.util.UUID.randomUUID()).with(user(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(json(put("/api/v1/plans/{id}/commitments/{c}", plan, java.util.UUID.randomUUID()), """
                        {"version":0,"frameworkCode":"1"}"""))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLifecycleRunsThroughTheApiAndAnAdoptedPlanIsPublic() throws Exception {
        var plan = createPlan();
        mvc.perform(json(post("/api/v1/plans/{id}/consultation", plan), "")).andExpect(status().isOk());
        mvc.perform(json(post("/api/v1/plans/{id}/adoption", plan), """
                        {"date":"2025-01-20","reference":"GR 2025/3","link":"https://example.org/gr"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ADOPTED"))
                .andExpect(jsonPath("$.decision.reference").value("GR 2025/3"));
        mvc.perform(get("/api/v1/cities/{slug}/plans/{id}", city.city().slug(), plan))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Plan 2025"));
        mvc.perform(json(post("/api/v1/plans/{id}/implementation", plan), "")).andExpect(status().isOk());

        var successor = as(coordinator, () -> {
            var id = plans.create(PlanFixtures.newPlan(city, new PlanId(java.util.UUID.fromString(plan))));
            plans.openConsultation(id);
            plans.adopt(id, PlanFixtures.DECISION);
            return id;
        });
        mvc.perform(json(post("/api/v1/plans/{id}/supersession", plan), """
                        {"by":"%s"}""".formatted(successor.value())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("SUPERSEDED"))
                .andExpect(jsonPath("$.supersededBy").value(successor.value().toString()));
        mvc.perform(json(post("/api/v1/plans/{id}/closure", plan), "")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theEndpointsAreInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/v1/plans/{id}/adoption'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/actions/{actionId}'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}/needs'].get").exists());
    }
}
