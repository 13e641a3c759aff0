package org.equicity.plan.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.people.Role;
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
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class TrackingPagesTests {

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
    UserDetails coordinatorOfOtherCity;
    UserDetails contactOfOtherCity;
    PlanId plan;
    ActionId action;
    String base;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        var schools = as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> context.getBean(Cities.class).addDepartment(city.city().id(), "Schools"));
        coordinator = PlanFixtures.coordinator(context, city);
        contact = PlanFixtures.contact(context, city);
        contactOfOtherDepartment = TestPeople.holding(
                context, RoleGrant.departmentContact(city.city().id(), schools.id()));
        var otherCity = PlanFixtures.city(context);
        coordinatorOfOtherCity = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CITY_COORDINATOR, otherCity.city().id()));
        contactOfOtherCity = TestPeople.holding(
                context,
                RoleGrant.departmentContact(
                        otherCity.city().id(), otherCity.department().id()));
        as(coordinator, () -> {
            plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            plans.addCommitment(plan, PlanFixtures.commitment("2", city));
            action = plans.addAction(
                    plan, commitment, PlanFixtures.action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
        });
        base = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value();
    }

    private void adopt() {
        as(coordinator, () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
        });
    }

    @Test
    void theCoverageMatrixIsAnAccessibleTableWithItsWarnings() throws Exception {
        mvc.perform(get(base + "/coverage").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(
                                        "<caption id=\"by-commitment-caption\">Number of actions per commitment and track"),
                                containsString("<th scope=\"col\">Research and innovation</th>"),
                                containsString("has no action yet"),
                                containsString("has no action on these tracks"),
                                containsString("Who carries what"))));
    }

    @Test
    void coverageAndProgressArePublicOnceThePlanIsAdopted() throws Exception {
        var publicBase = "/cities/" + city.city().slug() + "/plans/" + plan.value();
        mvc.perform(get(publicBase + "/coverage")).andExpect(status().isNotFound());
        adopt();
        mvc.perform(get(publicBase + "/coverage"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Number of actions per commitment and track")));
        mvc.perform(get(publicBase + "/progress"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Completed actions count as 100 %"),
                                containsString("No data yet"),
                                containsString("Monitoring office"))));
        mvc.perform(get(publicBase)).andExpect(content().string(containsString(publicBase + "/coverage")));
    }

    @Test
    void aDepartmentContactFindsTheActionInMyActionsAndPostsAnUpdate() throws Exception {
        adopt();
        mvc.perform(get("/me").with(user(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/me/actions\"")));
        mvc.perform(get("/me/actions").with(user(contact)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Monitoring office"),
                                containsString(base + "/actions/" + action.value() + "/progress"))));
        mvc.perform(get(base + "/actions/" + action.value() + "/progress").with(user(contact)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Post a progress update")));

        mvc.perform(post(base + "/actions/" + action.value() + "/progress")
                        .with(user(contact))
                        .with(csrf())
                        .param("reportedOn", "2025-06-30")
                        .param("status", "IN_PROGRESS")
                        .param("progress", "45")
                        .param("narrative", "The office opened in May.")
                        .param("challenges", "")
                        .param("evidenceLinks", "https://example.org/a\nhttps://example.org/b"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(base + "/actions/" + action.value() + "/progress"))
                .andExpect(flash().attribute("notice", "plan.notice.update-posted"));

        var view = as(coordinator, () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH));
        assertThat(view.progress()).isEqualTo(45);
        assertThat(view.updates())
                .singleElement()
                .satisfies(update -> assertThat(update.report().evidenceLinks())
                        .containsExactly("https://example.org/a", "https://example.org/b"));
        mvc.perform(get(base + "/progress").with(user(coordinator)))
                .andExpect(content().string(containsString("45 %")));
        mvc.perform(get(base).with(user(coordinator)))
                .andExpect(content()
                        .string(allOf(
                                containsString("Progress of this commitment:"),
                                containsString(base + "/progress"),
                                containsString("45 %"))));
        mvc.perform(get("/cities/" + city.city().slug() + "/plans/" + plan.value()))
                .andExpect(content().string(containsString("Progress of this commitment:")));
    }

    @Test
    void aWrongUpdateComesBackWithTheErrorNextToTheFieldAndWhatWasTyped() throws Exception {
        adopt();
        mvc.perform(post(base + "/actions/" + action.value() + "/progress")
                        .with(user(contact))
                        .with(csrf())
                        .param("reportedOn", "2025-06-30")
                        .param("status", "IN_PROGRESS")
                        .param("progress", "30")
                        .param("narrative", "Kept text")
                        .param("evidenceLinks", "not a link"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"evidenceLinks-error\""),
                                containsString("aria-invalid=\"true\""),
                                containsString("Kept text"))));
        assertThat(as(
                        coordinator,
                        () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                                .updates()))
                .isEmpty();
    }

    @Test
    void aContactOfAnotherDepartmentOrCityIsRefusedAndNothingIsStored() throws Exception {
        adopt();
        for (var outsider : List.of(contactOfOtherDepartment, contactOfOtherCity, coordinatorOfOtherCity)) {
            mvc.perform(post(base + "/actions/" + action.value() + "/progress")
                            .with(user(outsider))
                            .with(csrf())
                            .param("reportedOn", "2025-06-30")
                            .param("status", "COMPLETED")
                            .param("progress", "100"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get(base + "/actions/" + action.value() + "/progress").with(user(contactOfOtherDepartment)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Post a progress update"))));
        mvc.perform(post(base + "/actions/" + action.value() + "/cadence")
                        .with(user(contactOfOtherDepartment))
                        .with(csrf())
                        .param("months", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/meetings")
                        .with(user(coordinatorOfOtherCity))
                        .with(csrf())
                        .param("heldOn", "2025-06-30")
                        .param("kind", "DEPARTMENT_MEETING")
                        .param("minutes", "Taken over"))
                .andExpect(status().isForbidden());
        var view = as(coordinator, () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH));
        assertThat(view.updates()).isEmpty();
        assertThat(view.status()).isEqualTo(ActionStatus.PLANNED);
        assertThat(view.cadenceMonths()).isEqualTo(6);
        assertThat(as(coordinator, () -> tracking.meetings(plan))).isEmpty();
    }

    @Test
    void theCoordinatorRecordsAMeetingSetsTheCadenceAndSeesWhatNeedsAttention() throws Exception {
        adopt();
        mvc.perform(post(base + "/meetings")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("heldOn", "2025-06-30")
                        .param("kind", "DEPARTMENT_MEETING")
                        .param("participants", "Equality office, schools")
                        .param("minutes", "Monitoring office staffed.")
                        .param("actions", action.value().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "plan.notice.meeting-saved"));
        mvc.perform(get(base + "/meetings").with(user(contact)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Department meeting, Jun 30, 2025"),
                                containsString("Monitoring office staffed."))));
        mvc.perform(post(base + "/meetings")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("heldOn", "2025-07-30")
                        .param("kind", "YEARLY_FOLLOW_UP")
                        .param("minutes", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"minutes-error\"")));

        mvc.perform(post(base + "/actions/" + action.value() + "/cadence")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("months", "3"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "plan.notice.cadence-saved"));
        mvc.perform(get(base + "/actions/" + action.value() + "/progress").with(user(coordinator)))
                .andExpect(content()
                        .string(allOf(containsString("Every 3 months"), containsString("Monitoring office staffed."))));

        mvc.perform(get(base + "/attention").with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Overdue progress updates (1)"), containsString("Monitoring office"))));
        mvc.perform(get(base + "/attention").with(user(coordinatorOfOtherCity))).andExpect(status().isForbidden());
    }
}
