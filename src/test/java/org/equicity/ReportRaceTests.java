package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import org.equicity.practice.PracticeId;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.review.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Ten identical requests at once to start, submit, return and accept a report, and to assign a reviewer, nominate an
 * accepted action, submit a review and decide on a practice: one report, one version, one acceptance, one review
 * per reviewer, one practice per action, one decision.
 */
class ReportRaceTests extends RaceTestContext {

    // Reports

    @Test
    void tenCoordinatorsStartTheSameReport() throws Exception {
        var world = ReportFixtures.create(context);
        var cycle = world.openCycle(context, "Cycle 2023–2024", 2023);

        race(
                "POST /api/v1/cycles/{id}/reports",
                world.coordinator(),
                HttpMethod.POST,
                "/api/v1/cycles/" + cycle.value() + "/reports",
                """
                {"city":"%s"}""".formatted(world.city().id().value()));

        assertThat(count("select count(*) from city_report where cycle_id = ?", cycle.value()))
                .isEqualTo(1);
    }

    @Test
    void tenClicksOnStartReportMakeOneReportAndTheOthersSeeANoticeNotAnErrorPage() throws Exception {
        var world = ReportFixtures.create(context);
        var cycle = world.openCycle(context, "Cycle 2023–2024", 2023);

        var statuses = race(
                "POST /manage/cities/{citySlug}/reports (page)",
                world.coordinator(),
                HttpMethod.POST,
                "/manage/cities/" + world.city().slug() + "/reports?cycle=" + cycle.value(),
                null);

        assertThat(statuses).allMatch(status -> status == 302 || status == 409);
        assertThat(count("select count(*) from city_report where cycle_id = ?", cycle.value()))
                .isEqualTo(1);
    }

    @Test
    void tenClicksOnAssignOnTheSecretariatsPageMakeOneReview() throws Exception {
        var world = ReviewFixtures.create(context);
        var practice = world.directSubmission(context, "Office for equality");

        var statuses = race(
                "POST /manage/networks/{slug}/reviews/assignments (page)",
                world.secretariat(),
                HttpMethod.POST,
                "/manage/networks/" + world.report().network().slug() + "/reviews/assignments?practice="
                        + practice.value() + "&reviewer="
                        + ReviewFixtures.id(world.reviewer()).value(),
                null);

        assertThat(statuses).allMatch(status -> status == 302 || status == 409);
        assertThat(count("select count(*) from review_assignment where practice_id = ?", practice.value()))
                .isEqualTo(1);
    }

    @Test
    void tenSubmissionsOfTheSameReportMakeOneVersion() throws Exception {
        var world = ReportFixtures.create(context);
        var report = startedReport(world);

        race(
                "POST /api/v1/reports/{id}/submission",
                world.coordinator(),
                HttpMethod.POST,
                "/api/v1/reports/" + report.value() + "/submission",
                """
                {"version":%d}""".formatted(as(
                        world.coordinator(), () -> reports.report(report).version())));

        assertThat(versions(report)).isEqualTo(1);
    }

    @Test
    void tenReturnsOfTheSameReportReturnItOnce() throws Exception {
        var world = ReportFixtures.create(context);
        var report = submittedReport(world);

        race(
                "POST /api/v1/reports/{id}/return",
                world.secretariat(),
                HttpMethod.POST,
                "/api/v1/reports/" + report.value() + "/return",
                """
                {"comments":"Please add the budget"}""");

        assertThat(versions(report)).isEqualTo(1);
        assertThat(as(world.secretariat(), () -> reports.report(report).status().name()))
                .isEqualTo("RETURNED");
    }

    @Test
    void tenAcceptancesOfTheSameReportAcceptItsActionsOnce() throws Exception {
        var world = ReportFixtures.create(context);
        var report = submittedReport(world);

        race(
                "POST /api/v1/reports/{id}/acceptance",
                world.secretariat(),
                HttpMethod.POST,
                "/api/v1/reports/" + report.value() + "/acceptance",
                null);

        assertThat(count("select count(*) from accepted_action where report_id = ?", report.value()))
                .isEqualTo(1);
    }

    ReportId startedReport(ReportFixtures world) {
        var cycle = world.openCycle(context, "Cycle 2023–2024", 2023);
        var report = as(
                world.coordinator(),
                () -> reports.startReport(cycle, world.city().id()));
        world.explainAll(context, report);
        return report;
    }

    ReportId submittedReport(ReportFixtures world) {
        var report = startedReport(world);
        as(
                world.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));
        return report;
    }

    int versions(ReportId report) {
        return count("select count(*) from city_report_version where report_id = ?", report.value());
    }

    // Reviews and good practices

    @Test
    void tenAssignmentsOfTheSameReviewerMakeOneReview() throws Exception {
        var world = ReviewFixtures.create(context);
        var practice = world.directSubmission(context, "Office for equality");

        race("POST /api/v1/reviews", world.secretariat(), HttpMethod.POST, "/api/v1/reviews", """
                {"practice":"%s","reviewer":"%s"}""".formatted(
                        practice.value(), ReviewFixtures.id(world.reviewer()).value()));

        assertThat(count("select count(*) from review_assignment where practice_id = ?", practice.value()))
                .isEqualTo(1);
    }

    @Test
    void tenNominationsOfTheSameAcceptedActionMakeOnePractice() throws Exception {
        var world = ReviewFixtures.create(context);
        var report = world.report().acceptedReport(context, "Cycle 2023–2024");
        var action = as(
                world.secretariat(),
                () -> reports.acceptedActions(reports.report(report).cycle().id())
                        .get(0)
                        .id());

        race(
                "POST /api/v1/reviews (nominating an action)",
                world.secretariat(),
                HttpMethod.POST,
                "/api/v1/reviews",
                """
                {"action":"%s","reviewer":"%s"}""".formatted(
                        action.value(), ReviewFixtures.id(world.reviewer()).value()));

        assertThat(count("select count(*) from good_practice where reported_action_id = ?", action.value()))
                .isEqualTo(1);
        assertThat(count("select count(*) from review_assignment", null)).isPositive();
    }

    @Test
    void tenSubmissionsOfTheSameReviewSubmitItOnce() throws Exception {
        var world = ReviewFixtures.create(context);
        var practice = world.directSubmission(context, "Office for equality");
        var assignment = world.assign(context, practice, world.reviewer());
        var version = as(
                world.reviewer(),
                () -> reviews.save(assignment, reviews.review(assignment).version(), ReviewFixtures.complete("once")));

        race(
                "POST /api/v1/reviews/{id}/submission",
                world.reviewer(),
                HttpMethod.POST,
                "/api/v1/reviews/" + assignment.value() + "/submission",
                """
                {"version":%d}""".formatted(version));

        assertThat(as(world.reviewer(), () -> reviews.review(assignment).state().name()))
                .isEqualTo("SUBMITTED");
    }

    @Test
    void tenCommitteeDecisionsOnTheSamePracticeDesignateItOnce() throws Exception {
        var world = ReviewFixtures.create(context);
        var practice = world.directSubmission(context, "Office for equality");
        world.submitComplete(context, world.assign(context, practice, world.reviewer()), world.reviewer(), "once");

        race(
                "POST /api/v1/reviews/practices/{practiceId}/decision",
                world.secretariat(),
                HttpMethod.POST,
                "/api/v1/reviews/practices/" + practice.value() + "/decision",
                """
                {"decision":"DESIGNATE","note":"A model for others"}""");

        assertThat(count("select count(*) from review_decision where practice_id = ?", practice.value()))
                .isEqualTo(1);
        assertThat(as(
                        world.secretariat(),
                        () -> reviews.reviewsOf(new PracticeId(practice.value()))
                                .practice()
                                .summary()
                                .status()
                                .name()))
                .isEqualTo("DESIGNATED");
    }
}
