package org.equicity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
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

/**
 * Every request that changes a plan, by page or by API, is refused with 403 to a coordinator of another city, and
 * nothing of the plan changes; a draft is visible to nobody outside the city.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanAccessTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    TestCity cityA;
    TestCity cityB;
    UserDetails coordinatorA;
    UserDetails coordinatorB;
    UserDetails admin;
    PlanId plan;
    CommitmentId commitment;
    ActionId action;
    NeedId need;

    @BeforeEach
    void setUp() {
        cityA = PlanFixtures.city(context);
        cityB = PlanFixtures.city(context);
        coordinatorA = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityA.city().id()));
        coordinatorB = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityB.city().id()));
        admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        as(coordinatorB, () -> {
            plan = plans.create(PlanFixtures.newPlan(cityB, null));
            commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", cityB));
            need = plans.addNeed(plan, new NeedContent(NeedMethod.SURVEY, null, null, "Need", null, null, null));
            action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring", ActionStatus.PLANNED, cityB, List.of(need)));
        });
    }

    Stream<MockHttpServletRequestBuilder> pageWrites() {
        var base = "/manage/cities/" + cityB.city().slug() + "/plans";
        var planPath = base + "/" + plan.value();
        return Stream.of(
                post(base + "/new")
                        .param("title", "Taken over")
                        .param("startYear", "2025")
                        .param("endYear", "2026")
                        .param("commitmentsFramework", "eccar-commitments@2023")
                        .param("tracksFramework", "eccar-tracks@2023"),
                post(planPath + "/edit")
                        .param("title", "Taken over")
                        .param("startYear", "2025")
                        .param("endYear", "2026")
                        .param("version", "0"),
                post(planPath + "/consultation"),
                post(planPath + "/adoption").param("date", "2025-01-01").param("reference", "X"),
                post(planPath + "/implementation"),
                post(planPath + "/closure"),
                post(planPath + "/supersession").param("by", plan.value().toString()),
                post(planPath + "/commitments/new").param("frameworkCode", "2"),
                post(planPath + "/commitments/" + commitment.value() + "/edit")
                        .param("ownTitle", "Taken over")
                        .param("version", "0"),
                post(planPath + "/commitments/" + commitment.value() + "/actions/new")
                        .param("title", "Taken over"),
                post(planPath + "/actions/" + action.value() + "/edit")
                        .param("title", "Taken over")
                        .param("version", "0"),
                post(planPath + "/needs/new").param("method", "SURVEY").param("description", "Taken over"),
                post(planPath + "/needs/" + need.value() + "/edit")
                        .param("method", "SURVEY")
                        .param("description", "Taken over")
                        .param("version", "0"));
    }

    Stream<MockHttpServletRequestBuilder> apiWrites() {
        var path = "/api/v1/plans/" + plan.value();
        return Stream.of(
                json(post("/api/v1/plans"), """
                        {"city":"%s","title":"Taken over","startYear":2025,"endYear":2026}""".formatted(cityB.city().id().value())),
                json(put(path), """
                        {"version":0,"title":"Taken over","startYear":2025,"endYear":2026}"""),
                post(path + "/consultation"),
                json(post(path + "/adoption"), """
                        {"date":"2025-01-01","reference":"X"}"""),
                post(path + "/implementation"),
                post(path + "/closure"),
                json(post(path + "/supersession"), """
                        {"by":"%s"}""".formatted(plan.value())),
                json(post(path + "/commitments"), """
                        {"frameworkCode":"2"}"""),
                json(put(path + "/commitments/" + commitment.value()), """
                        {"version":0,"ownTitle":"Taken over"}"""),
                json(post(path + "/commitments/" + commitment.value() + "/actions"), """
                        {"title":"Taken over"}"""),
                json(put(path + "/actions/" + action.value()), """
                        {"version":0,"title":"Taken over"}"""),
                json(post(path + "/needs"), """
                        {"method":"SURVEY","description":"Taken over"}"""),
                json(put(path + "/needs/" + need.value()), """
                        {"version":0,"method":"SURVEY","description":"Taken over"}"""));
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void aCoordinatorOfAnotherCityIsRefusedEveryPageWriteAndNothingChanges() throws Exception {
        var before = state();
        for (var request : pageWrites().toList()) {
            mvc.perform(request.with(user(coordinatorA)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(state()).isEqualTo(before);
        assertThat(as(admin, () -> plans.ofCity(cityB.city().id()))).hasSize(1);
    }

    @Test
    void aDepartmentContactOfTheCityReadsThePlanButIsRefusedEveryPageWriteByTheFacade() throws Exception {
        var contact = TestPeople.holding(
                context,
                RoleGrant.departmentContact(
                        cityB.city().id(), cityB.department().id()));
        mvc.perform(get("/manage/cities/{slug}/plans/{id}", cityB.city().slug(), plan.value())
                        .with(user(contact)))
                .andExpect(status().isOk());
        var before = state();
        for (var request : pageWrites().toList()) {
            mvc.perform(request.with(user(contact)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aCoordinatorOfAnotherCityIsRefusedEveryApiWriteAndNothingChanges() throws Exception {
        var before = state();
        for (var request : apiWrites().toList()) {
            mvc.perform(request.with(user(coordinatorA)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(state()).isEqualTo(before);
        assertThat(as(admin, () -> plans.ofCity(cityB.city().id()))).hasSize(1);
    }

    @Test
    void theRequestsUsedAboveSucceedForTheCitysOwnCoordinator() throws Exception {
        // Shows that the 403s above come from the city, not from a malformed request.
        mvc.perform(pageWrites().toList().get(7).with(user(coordinatorB)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(apiWrites().toList().get(11).with(user(coordinatorB)).with(csrf()))
                .andExpect(status().isCreated());
    }

    @Test
    void aDraftIsNotVisibleToThePublicNorToAnotherCityByPageOrApi() throws Exception {
        var slug = cityB.city().slug();
        mvc.perform(get("/cities/{slug}/plans/{id}", slug, plan.value())).andExpect(status().isNotFound());
        mvc.perform(get("/cities/{slug}/plans/{id}", slug, plan.value()).with(user(coordinatorB)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cities/{slug}/plans/{id}", slug, plan.value())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plans/{id}", plan.value()).with(user(coordinatorA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/cities/{slug}/plans/{id}", slug, plan.value()).with(user(coordinatorA)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cities/{slug}/plans", slug))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .json("[]"));
    }

    private List<Object> state() {
        return as(admin, () -> List.of(plans.plan(plan), plans.history(plan).size()));
    }
}
