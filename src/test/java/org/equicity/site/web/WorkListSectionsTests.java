package org.equicity.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.equicity.indicator.IndicatorFixtures;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.plan.consultation.PlanFollowing;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.equicity.review.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The work list of a civil-society partner (consultations open to them, plans they follow), of a network's
 * secretariat (reports to decide, practices waiting for reviewers) and the rest of a coordinator's (reports returned
 * with the reason, actions waiting for a progress update, indicators without figures): each entry leads to the place
 * to act, and each section says what will appear there while it is empty.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WorkListSectionsTests {

    static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    Reports reports;

    @Autowired
    PlanFollowing following;

    String page(String path, UserDetails person) throws Exception {
        return mvc.perform(get(path).with(user(person)).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    static String link(String page, String containing) {
        var links = HREF.matcher(page).results().map(match -> match.group(1)).toList();
        return links.stream()
                .filter(href -> href.contains(containing))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No link with " + containing + " in " + links))
                .replace("&amp;", "&");
    }

    @Test
    void aPartnerSeesTheConsultationsOpenToThemAndThePlansTheyFollow() throws Exception {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));

        assertThat(page("/me", partner))
                .contains("Consultations open to you", "No draft plan of your city is in consultation now")
                .contains("Plans you follow", "You follow no plan yet");

        var draft = as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            plans.openConsultation(plan);
            return plan;
        });
        var workList = page("/me", partner);
        assertThat(workList).contains("Comment on the draft “Action plan against racism”");
        assertThat(page(link(workList, "/plans/" + draft.value() + "/consultation"), partner))
                .contains("Action plan against racism");

        as(coordinator, () -> plans.adopt(draft, PlanFixtures.DECISION));
        as(partner, () -> following.follow(draft, Locale.ENGLISH));
        workList = page("/me", partner);
        assertThat(workList)
                .contains("No draft plan of your city is in consultation now")
                .doesNotContain("You follow no plan yet");
        assertThat(page(link(workList, "/cities/" + city.city().slug() + "/plans/" + draft.value()), partner))
                .contains("Action plan against racism");
    }

    @Test
    void aCoordinatorSeesTheReturnedReportWithItsReasonAndTheActionsWaitingForAnUpdate() throws Exception {
        var fixtures = ReportFixtures.create(context);
        var cycle = fixtures.openCycle(context, "Cycle returned", 2023);
        var report = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, report);
        as(
                fixtures.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));
        assertThat(page("/me", fixtures.coordinator()))
                .contains("Reports returned for revision", "No report of your city is returned");

        as(fixtures.secretariat(), () -> reports.returnForRevision(report, "The budget of the monitoring office"));

        var workList = page("/me", fixtures.coordinator());
        assertThat(workList)
                .contains("Revise the report for “Cycle returned”", "The budget of the monitoring office")
                .contains("Actions waiting for a progress update", "Monitoring office", "never updated")
                .doesNotContain("Future survey");
        assertThat(page(link(workList, "/reports/" + report.value()), fixtures.coordinator()))
                .contains("Cycle returned");
        assertThat(page(
                        link(workList, "/actions/" + fixtures.actionIn2024().value() + "/progress"),
                        fixtures.coordinator()))
                .contains("Monitoring office");
    }

    @Test
    void aCoordinatorSeesTheIndicatorsWithoutFiguresForThePeriodDue() throws Exception {
        var plan = IndicatorFixtures.plan(context, 1);
        assertThat(page("/me", plan.coordinator()))
                .contains("Indicators without figures for the period due", "Every indicator of your city has figures");

        var indicator = IndicatorFixtures.define(context, plan, List.of());

        var workList = page("/me", plan.coordinator());
        assertThat(workList).contains("Record the figures of “Reported incidents of discrimination”");
        assertThat(page(link(workList, "/indicators/" + indicator.value()), plan.coordinator()))
                .contains("Reported incidents of discrimination");
    }

    @Test
    void theSecretariatSeesTheReportsToDecideAndThePracticesWaitingForReviewers() throws Exception {
        var fixtures = ReviewFixtures.create(context);
        var secretariat = fixtures.secretariat();
        assertThat(page("/me", secretariat))
                .contains("No submitted report waits for a decision", "Every submitted practice has its reviewers");

        var report = fixtures.report();
        var cycle = report.openCycle(context, "Cycle to decide", 2023);
        var id = as(
                report.coordinator(),
                () -> reports.startReport(cycle, report.city().id()));
        report.explainAll(context, id);
        as(report.coordinator(), () -> reports.submit(id, reports.report(id).version()));
        var practice = fixtures.directSubmission(context, "Counselling desk");

        var workList = page("/me", secretariat);
        assertThat(workList)
                .contains("Decide on the report of " + report.city().name() + " for “Cycle to decide”")
                .contains("Assign reviewers to “Counselling desk”");
        assertThat(page(link(workList, "/cycles/" + cycle.value() + "/reports/" + id.value()), secretariat))
                .contains(report.city().name());
        assertThat(page(link(workList, "/reviews/" + practice.value()), secretariat))
                .contains("Counselling desk");

        fixtures.assign(context, practice, fixtures.reviewer());
        as(secretariat, () -> reports.accept(id));
        assertThat(page("/me", secretariat))
                .doesNotContain("Counselling desk")
                .contains("No submitted report waits for a decision");
    }
}
