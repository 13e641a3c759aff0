package org.equicity.plan.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.tracking.PlanTracking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TrackingApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    PlanTracking tracking;

    TestCity city;
    UserDetails coordinator;
    UserDetails contact;
    UserDetails contactOfOtherDepartment;
    UserDetails contactOfOtherCity;
    PlanId plan;
    ActionId action;
    String base;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        var cities = context.getBean(Cities.class);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var schools = as(admin, () -> cities.addDepartment(city.city().id(), "Schools"));
        var otherCity = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        contact = PlanFixtures.contact(context, city);
        contactOfOtherDepartment = TestPeople.holding(
                context, RoleGrant.departmentContact(city.city().id(), schools.id()));
        contactOfOtherCity = TestPeople.holding(
                context,
                RoleGrant.departmentContact(
                        otherCity.city().id(), otherCity.department().id()));
        as(coordinator, () -> {
            plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
        });
        base = "/api/v1/plans/" + plan.value();
    }

    @Test
    void coverageAndProgressArePublicForAnAdoptedPlan() throws Exception {
        mvc.perform(get(base + "/coverage"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tracks", hasSize(4)))
                .andExpect(jsonPath("$.byCommitment[0].counts[3]").value(1))
                .andExpect(jsonPath("$.byCommitment[0].missingTracks", hasSize(3)))
                .andExpect(jsonPath("$.frameworkCommitmentsMissing", hasSize(9)));
        mvc.perform(get(base + "/progress"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.overall.percent", nullValue()))
                .andExpect(jsonPath("$.overall.noData[0].title").value("Monitoring office"));
        mvc.perform(get(base + "/attention")).andExpect(status().isUnauthorized());
    }

    @Test
    void aContactPostsAProgressUpdateAndReadsItBack() throws Exception {
        mvc.perform(post(base + "/actions/" + action.value() + "/progress-updates")
                        .with(user(contact))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"reportedOn":"2025-06-30","status":"IN_PROGRESS","progress":60,
                                 "narrative":"Half way","evidenceLinks":["https://example.org/e"]}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty());
        mvc.perform(get(base + "/actions/" + action.value() + "/progress-updates"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].progress").value(60))
                .andExpect(jsonPath("$[0].status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$[0].evidenceLinks[0]").value("https://example.org/e"));
        mvc.perform(get(base + "/progress"))
                .andExpect(jsonPath("$.overall.percent").value(60))
                .andExpect(jsonPath("$.formula").isNotEmpty());
    }

    @Test
    void invalidUpdatesAre422AndOutsidersGet403WithNothingStored() throws Exception {
        var path = base + "/actions/" + action.value() + "/progress-updates";
        mvc.perform(post(path)
                        .with(user(contact))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reportedOn\":\"2025-06-30\",\"status\":\"IN_PROGRESS\",\"progress\":140}"))
                .andExpect(status().isUnprocessableContent());
        for (var outsider : List.of(contactOfOtherDepartment, contactOfOtherCity)) {
            mvc.perform(post(path)
                            .with(user(outsider))
                            .with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reportedOn\":\"2025-06-30\",\"status\":\"COMPLETED\",\"progress\":100}"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(put(base + "/actions/" + action.value() + "/cadence")
                        .with(user(contact))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"months\":1}"))
                .andExpect(status().isForbidden());
        var view = as(coordinator, () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH));
        assertThat(view.updates()).isEmpty();
        assertThat(view.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(view.cadenceMonths()).isEqualTo(6);
    }

    @Test
    void theCoordinatorRecordsMeetingsAndSetsTheCadence() throws Exception {
        mvc.perform(post(base + "/meetings")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"heldOn":"2025-05-20","kind":"YEARLY_FOLLOW_UP","minutes":"On track",
                                 "actions":["%s"]}""".formatted(action.value())))
                .andExpect(status().isCreated());
        mvc.perform(get(base + "/meetings").with(user(contact)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("YEARLY_FOLLOW_UP"))
                .andExpect(jsonPath("$[0].actions[0]").value(action.value().toString()));
        mvc.perform(get(base + "/meetings").with(user(contactOfOtherCity))).andExpect(status().isForbidden());
        mvc.perform(put(base + "/actions/" + action.value() + "/cadence")
                        .with(user(coordinator))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"months\":12}"))
                .andExpect(status().isNoContent());
        mvc.perform(get(base + "/attention").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tracked").value(true));
        assertThat(as(
                        coordinator,
                        () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                                .cadenceMonths()))
                .isEqualTo(12);
    }
}
