package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.city.TestCities;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.practice.Practices;
import org.equicity.report.CycleId;
import org.equicity.report.Explanation;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.ReportedActionId;
import org.equicity.report.Reports;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * City A and city B report to the same network; B's plan, its accepted report and its actions are public, so A's
 * coordinator can read every id of B's. Here A's coordinator sends those ids in every request body that carries
 * ids (reports, plans, needs, commitments, practices, reviews, invitations; API and page forms), and an id twice:
 * each is refused with a 4xx, and B's data reads back exactly as before, with nothing of A's written onto it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ForeignIdWriteTests {

    /** A city's adopted plan with one commitment, one need and one action of 2025 its department is responsible for. */
    record CityPlan(PlanId plan, CommitmentId commitment, NeedId need, ActionId action) {}

    record Call(HttpMethod method, String path, String body) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Cities cities;

    @Autowired
    Networks networks;

    @Autowired
    Plans plans;

    @Autowired
    Reports reports;

    @Autowired
    Practices practices;

    @Autowired
    People people;

    UserDetails admin;
    UserDetails secretariat;
    UserDetails coordinatorOfA;
    UserDetails coordinatorOfB;
    CitySummary cityA;
    CitySummary cityB;
    DepartmentSummary departmentA;
    DepartmentSummary departmentB;
    NetworkDetails network;
    NetworkDetails networkOfB;
    CityPlan planA;
    CityPlan planB;
    CycleId cycle;
    ReportId reportA;
    ReportId reportB;
    ReportedActionId acceptedOfB;
    ReportedActionId actionOfA;

    @BeforeAll
    void twoCitiesReportingToOneNetwork() {
        admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        network = as(admin, () -> networks.create(new CreateNetwork("ids-" + suffix, "Ids " + suffix, null, null, 2)));
        // a second network that only city B belongs to
        networkOfB = as(admin, () -> networks.create(new CreateNetwork("ids-b-" + suffix, "Ids B", null, null, 2)));
        cityA = TestCities.create(context, "Stadt A");
        cityB = TestCities.create(context, "Stadt B");
        as(admin, () -> {
            networks.admit(network.id(), cityA.id(), LocalDate.of(2020, 1, 1));
            networks.admit(network.id(), cityB.id(), LocalDate.of(2020, 1, 1));
            networks.admit(networkOfB.id(), cityB.id(), LocalDate.of(2020, 1, 1));
        });
        departmentA = as(admin, () -> cities.addDepartment(cityA.id(), "Amt A"));
        departmentB = as(admin, () -> cities.addDepartment(cityB.id(), "Amt B"));
        secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        coordinatorOfA = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityA.id()));
        coordinatorOfB = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, cityB.id()));
        planA = adoptedPlan(coordinatorOfA, cityA, departmentA);
        planB = adoptedPlan(coordinatorOfB, cityB, departmentB);
        cycle = as(
                secretariat,
                () -> reports.openCycle(new Reports.NewCycle(
                        network.id(),
                        "2025–2026",
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2027, 3, 31),
                        List.of(),
                        null,
                        null)));
        reportB = explained(coordinatorOfB, as(coordinatorOfB, () -> reports.startReport(cycle, cityB.id())));
        as(coordinatorOfB, () -> reports.submit(reportB, reports.report(reportB).version()));
        as(secretariat, () -> reports.accept(reportB));
        acceptedOfB = as(coordinatorOfB, () -> reports.report(reportB))
                .content()
                .actions()
                .get(0)
                .id();
        reportA = explained(coordinatorOfA, as(coordinatorOfA, () -> reports.startReport(cycle, cityA.id())));
        actionOfA = reportOfA().content().actions().get(0).id();
    }

    CityPlan adoptedPlan(UserDetails coordinator, CitySummary city, DepartmentSummary department) {
        return as(coordinator, () -> {
            var plan = plans.create(new NewPlan(
                    city.id(),
                    new PlanDetails("Plan of " + city.name(), 2025, 2028, null),
                    FrameworkRef.parse("eccar-commitments@2023"),
                    FrameworkRef.parse("eccar-tracks@2023"),
                    null));
            var commitment = plans.addCommitment(
                    plan,
                    new CommitmentContent(
                            "1", null, null, null, null, null, List.of(), List.of(), null, null, List.of(), List.of(),
                            null));
            var need = plans.addNeed(
                    plan, new NeedContent(NeedMethod.SURVEY, null, null, "Need of " + city.name(), null, null, null));
            var action = plans.addAction(
                    plan,
                    commitment,
                    new ActionContent(
                            "Action of " + city.name(),
                            null,
                            null,
                            List.of(),
                            List.of(),
                            List.of(),
                            null,
                            List.of(department.id()),
                            null,
                            LocalDate.of(2025, 1, 1),
                            LocalDate.of(2025, 12, 31),
                            null,
                            ActionStatus.IN_PROGRESS,
                            50,
                            List.of(need),
                            List.of(),
                            null));
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
            return new CityPlan(plan, commitment, need, action);
        });
    }

    /** Gives every commitment without an action an explanation, so that the report can be submitted. */
    ReportId explained(UserDetails coordinator, ReportId id) {
        as(coordinator, () -> {
            var report = reports.report(id);
            var content = report.content();
            reports.update(
                    id,
                    report.version(),
                    new ReportContent(
                            content.language(),
                            content.level1(),
                            content.actions(),
                            report.missingExplanations().stream()
                                    .map(group -> new Explanation(group.code(), "Not in this period"))
                                    .toList()));
        });
        return id;
    }

    Reports.ReportView reportOfA() {
        return as(coordinatorOfA, () -> reports.report(reportA));
    }

    /** Everything of city B that A's requests could reach, as its own coordinator and the secretariat read it. */
    List<Object> dataOfB() {
        var ofB = as(
                coordinatorOfB,
                () -> List.<Object>of(
                        plans.plan(planB.plan()),
                        reports.report(reportB),
                        cities.departments(cityB.id()),
                        people.inCity(cityB.id()),
                        practices.ofCity(cityB.id())));
        var seenBySecretariat = as(
                secretariat,
                () -> List.<Object>of(reports.acceptedAction(acceptedOfB), reports.acceptedActions(cycle)));
        var all = new ArrayList<>(ofB);
        all.addAll(seenBySecretariat);
        return all;
    }

    String reportBody(String actions) {
        return """
                {"version":%d,"language":"en","actions":[%s],"explanations":[{"commitment":"2","text":"None"}]}""".formatted(reportOfA().version(), actions);
    }

    /** Sends each call as A's coordinator and names those that did not answer {@code expected}. */
    List<String> send(Map<String, Call> calls, int expected) throws Exception {
        var failures = new ArrayList<String>();
        for (var entry : calls.entrySet()) {
            var call = entry.getValue();
            var response = mvc.perform(request(call.method(), call.path())
                            .with(user(coordinatorOfA))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(call.body()))
                    .andReturn()
                    .getResponse();
            if (response.getStatus() != expected) {
                failures.add(
                        entry.getKey() + " answered " + response.getStatus() + ": " + response.getContentAsString());
            }
        }
        return failures;
    }

    @Test
    void aReportCannotTakeIdsThatAreNotItsOwnNorNameAnIdTwice() throws Exception {
        var before = dataOfB();
        var reportBefore = reportOfA().content();
        var report = "/api/v1/reports/" + reportA.value();
        var calls = new LinkedHashMap<String, Call>();
        calls.put("B's accepted action as the id of A's", new Call(HttpMethod.PUT, report, reportBody("""
                        {"id":"%s","title":"Taken over"}""".formatted(
                        acceptedOfB.value()))));
        calls.put("an id nobody made", new Call(HttpMethod.PUT, report, reportBody("""
                        {"id":"%s","title":"Invented"}""".formatted(UUID.randomUUID()))));
        calls.put("A's own action id twice", new Call(HttpMethod.PUT, report, reportBody("""
                        {"id":"%1$s","title":"One"},{"id":"%1$s","title":"Two"}""".formatted(
                        actionOfA.value()))));
        calls.put(
                "B's plan action as the plan action of A's", new Call(HttpMethod.PUT, report, reportBody("""
                        {"planAction":"%s","title":"Taken over"}""".formatted(
                                planB.action().value()))));
        calls.put("A's own plan action twice", new Call(HttpMethod.PUT, report, reportBody("""
                        {"id":"%s","planAction":"%s","title":"One"},{"planAction":"%s","title":"Two"}""".formatted(
                actionOfA.value(), planA.action().value(), planA.action().value()))));
        calls.put("one commitment explained twice", new Call(HttpMethod.PUT, report, """
                {"version":%d,"language":"en","explanations":[{"commitment":"2","text":"One"},
                 {"commitment":"2","text":"Two"}]}""".formatted(
                        reportOfA().version())));

        assertThat(send(calls, 422)).isEmpty();
        assertThat(reportOfA().content()).isEqualTo(reportBefore);
        assertThat(dataOfB()).isEqualTo(before);
    }

    @Test
    void theProblemNamesTheFieldWithTheForeignOrRepeatedId() throws Exception {
        var report = "/api/v1/reports/" + reportA.value();
        mvc.perform(request(HttpMethod.PUT, report)
                        .with(user(coordinatorOfA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reportBody("""
                                {"title":"New"},{"id":"%s","title":"Taken over"}""".formatted(acceptedOfB.value()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("report.rule.action-id-unknown"))
                .andExpect(jsonPath("$.detail").value(containsString("actions[1].id")));
        mvc.perform(request(HttpMethod.PUT, report)
                        .with(user(coordinatorOfA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reportBody("""
                                {"id":"%1$s","title":"One"},{"id":"%1$s","title":"Two"}""".formatted(actionOfA.value()))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("report.rule.id-twice"))
                .andExpect(jsonPath("$.detail").value(containsString("actions[1].id")));
    }

    @Test
    void aCycleNamingACityTwiceIsRefusedNamingTheField() throws Exception {
        var before = as(secretariat, () -> reports.cyclesOf(network.id()));
        mvc.perform(post("/api/v1/networks/{id}/cycles", network.id().value())
                        .with(user(secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Twice","periodFrom":"2027-01-01","periodTo":"2028-12-31",
                                 "deadline":"2029-03-31","cities":["%1$s","%2$s","%1$s"]}""".formatted(cityA.id().value(), cityB.id().value())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("report.rule.id-twice"))
                .andExpect(jsonPath("$.detail").value(containsString("cities")));
        assertThat(as(secretariat, () -> reports.cyclesOf(network.id()))).isEqualTo(before);
    }

    @Test
    void aNewActionGetsAnIdMadeByTheServerAndAKeptOneKeepsItsOwn() throws Exception {
        var before = dataOfB();
        mvc.perform(request(HttpMethod.PUT, "/api/v1/reports/" + reportA.value())
                        .with(user(coordinatorOfA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(reportBody(
                                """
                                {"id":"%s","planAction":"%s","title":"Kept"},{"title":"Added"}""".formatted(actionOfA.value(), planA.action().value()))))
                .andExpect(status().isOk());
        var actions = reportOfA().content().actions();
        assertThat(actions).extracting(ReportedAction::title).containsExactly("Kept", "Added");
        assertThat(actions.get(0).id()).isEqualTo(actionOfA);
        assertThat(actions.get(1).id()).isNotNull().isNotIn(actionOfA, acceptedOfB);
        assertThat(dataOfB()).isEqualTo(before);
    }

    @Test
    void thePageFormsOfAReportTakeNoPlanActionOfAnotherCity() throws Exception {
        var before = dataOfB();
        var reportBefore = reportOfA().content();
        var base = "/manage/cities/" + cityA.slug() + "/reports/" + reportA.value();
        mvc.perform(post(base + "/actions/new")
                        .param("version", Long.toString(reportOfA().version()))
                        .param("planAction", planB.action().value().toString())
                        .param("title", "Taken over")
                        .with(user(coordinatorOfA))
                        .with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post(base + "/candidates")
                        .param("version", Long.toString(reportOfA().version()))
                        .param("planAction", planB.action().value().toString())
                        .with(user(coordinatorOfA))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(reportOfA().content()).isEqualTo(reportBefore);
        assertThat(dataOfB()).isEqualTo(before);
    }

    @Test
    void aPlanTakesNoDepartmentNeedCommitmentOrPlanOfAnotherCity() throws Exception {
        var before = dataOfB();
        var planBefore = as(coordinatorOfA, () -> plans.plan(planA.plan()));
        var plan = "/api/v1/plans/" + planA.plan().value();
        var actionVersion = planBefore.action(planA.action()).orElseThrow().version();
        var calls = new LinkedHashMap<String, Call>();
        calls.put(
                "a new action for B's department",
                new Call(
                        HttpMethod.POST,
                        plan + "/commitments/" + planA.commitment().value() + "/actions",
                        """
                        {"title":"Taken over","responsibleDepartments":["%s"]}""".formatted(departmentB.id().value())));
        calls.put(
                "a new action answering B's need",
                new Call(
                        HttpMethod.POST,
                        plan + "/commitments/" + planA.commitment().value() + "/actions",
                        """
                        {"title":"Taken over","needs":["%s"]}""".formatted(planB.need().value())));
        calls.put(
                "A's action moved to B's department and need",
                new Call(HttpMethod.PUT, plan + "/actions/" + planA.action().value(), """
                        {"version":%d,"title":"Taken over","responsibleDepartments":["%s"],"needs":["%s"]}""".formatted(
                        actionVersion, departmentB.id().value(), planB.need().value())));
        calls.put(
                "a new action for A's department twice",
                new Call(
                        HttpMethod.POST,
                        plan + "/commitments/" + planA.commitment().value() + "/actions",
                        """
                        {"title":"Twice","responsibleDepartments":["%1$s","%1$s"]}""".formatted(departmentA.id().value())));
        calls.put(
                "A's action answering A's need twice",
                new Call(HttpMethod.PUT, plan + "/actions/" + planA.action().value(), """
                        {"version":%d,"title":"Twice","needs":["%2$s","%2$s"]}""".formatted(
                                actionVersion, planA.need().value())));
        calls.put(
                "a new commitment coordinated by A's department twice",
                new Call(HttpMethod.POST, plan + "/commitments", """
                        {"frameworkCode":"2","coordinationDepartments":["%1$s","%1$s"]}""".formatted(
                                departmentA.id().value())));
        calls.put("a new need under B's commitment", new Call(HttpMethod.POST, plan + "/needs", """
                        {"method":"SURVEY","description":"Taken over","commitment":"%s"}""".formatted(
                        planB.commitment().value())));
        calls.put(
                "a new commitment coordinated by B's department",
                new Call(HttpMethod.POST, plan + "/commitments", """
                        {"frameworkCode":"2","coordinationDepartments":["%s"]}""".formatted(
                                departmentB.id().value())));
        calls.put("a new plan following B's", new Call(HttpMethod.POST, "/api/v1/plans", """
                        {"city":"%s","title":"Taken over","startYear":2029,"endYear":2030,"previousPlan":"%s"}""".formatted(
                        cityA.id().value(), planB.plan().value())));
        calls.put("A's plan superseded by B's", new Call(HttpMethod.POST, plan + "/supersession", """
                        {"by":"%s"}""".formatted(
                        planB.plan().value())));

        assertThat(send(calls, 422)).isEmpty();
        mvc.perform(request(HttpMethod.POST, plan + "/commitments")
                        .with(user(coordinatorOfA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(calls.get("a new commitment coordinated by A's department twice")
                                .body()))
                .andExpect(jsonPath("$.code").value("plan.rule.id-twice"))
                .andExpect(jsonPath("$.detail").value(containsString("coordinationDepartments")));
        assertThat(as(coordinatorOfA, () -> plans.plan(planA.plan()))).isEqualTo(planBefore);
        assertThat(as(coordinatorOfA, () -> plans.ofCity(cityA.id()))).hasSize(1);
        assertThat(dataOfB()).isEqualTo(before);
    }

    @Test
    void practicesAndReviewsTakeNoNetworkCityOrActionOfAnotherCity() throws Exception {
        var before = dataOfB();
        var practiceBefore = as(coordinatorOfA, () -> practices.ofCity(cityA.id()));
        var template = "\"language\":\"de\",\"template\":{\"title\":\"Taken over\"}";
        assertThat(send(
                        Map.of(
                                "a practice of A in B's network",
                                new Call(HttpMethod.POST, "/api/v1/practices", """
                                        {"city":"%s","network":"%s",%s}""".formatted(
                                        cityA.id().value(), networkOfB.id().value(), template))),
                        422))
                .isEmpty();
        assertThat(send(
                        Map.of(
                                "a review of B's accepted action",
                                new Call(HttpMethod.POST, "/api/v1/reviews", """
                                        {"action":"%s","reviewer":"%s"}""".formatted(
                                                acceptedOfB.value(), TestPeople.idOf(coordinatorOfA)))),
                        403))
                .isEmpty();
        assertThat(as(coordinatorOfA, () -> practices.ofCity(cityA.id()))).isEqualTo(practiceBefore);
        assertThat(dataOfB()).isEqualTo(before);
    }

    @Test
    void noRouteMakesSomeoneAContactOfAnotherCitysDepartment() throws Exception {
        var before = dataOfB();
        var peopleOfA = as(coordinatorOfA, () -> people.inCity(cityA.id()));
        var calls = new LinkedHashMap<String, Call>();
        calls.put(
                "POST /api/v1/people/invitations",
                new Call(HttpMethod.POST, "/api/v1/people/invitations", """
                        {"email":"%s","role":"DEPARTMENT_CONTACT","cityId":"%s","departmentId":"%s","language":"en"}""".formatted(
                                unique(), cityA.id().value(), departmentB.id().value())));
        calls.put(
                "POST /api/v1/cities/{id}/invitations",
                new Call(HttpMethod.POST, "/api/v1/cities/" + cityA.id().value() + "/invitations", """
                        {"email":"%s","role":"DEPARTMENT_CONTACT","departmentId":"%s","language":"en"}""".formatted(
                                unique(), departmentB.id().value())));
        assertThat(send(calls, 422)).isEmpty();
        mvc.perform(request(HttpMethod.POST, "/api/v1/people/invitations")
                        .with(user(coordinatorOfA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(calls.get("POST /api/v1/people/invitations").body()))
                .andExpect(jsonPath("$.code").value("people.grant.department"));
        mvc.perform(post("/manage/cities/" + cityA.slug() + "/people")
                        .param("email", unique())
                        .param("role", "DEPARTMENT_CONTACT")
                        .param("department", departmentB.id().value().toString())
                        .param("language", "en")
                        .with(user(coordinatorOfA))
                        .with(csrf()))
                .andExpect(status().isOk());

        assertThat(as(coordinatorOfA, () -> people.inCity(cityA.id()))).isEqualTo(peopleOfA);
        assertThat(dataOfB()).isEqualTo(before);
        // the city's own department is still for the city's people to give
        mvc.perform(request(HttpMethod.POST, "/api/v1/cities/" + cityA.id().value() + "/invitations")
                        .with(user(coordinatorOfA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"%s","role":"DEPARTMENT_CONTACT","departmentId":"%s","language":"en"}""".formatted(unique(), departmentA.id().value())))
                .andExpect(status().isCreated());
    }

    static String unique() {
        return "contact-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }
}
