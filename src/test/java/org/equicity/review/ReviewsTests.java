package org.equicity.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;
import static org.equicity.review.ReviewFixtures.complete;
import static org.equicity.review.ReviewFixtures.id;

import java.util.List;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.report.Reports;
import org.equicity.review.Reviews.CriterionRating;
import org.equicity.review.Reviews.Decision;
import org.equicity.review.Reviews.Gap;
import org.equicity.review.Reviews.Rating;
import org.equicity.review.Reviews.ReviewContent;
import org.equicity.review.Reviews.State;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ReviewsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Reviews reviews;

    @Autowired
    Practices practices;

    @Autowired
    Reports reports;

    @Autowired
    People people;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = ReviewFixtures.create(context);
    }

    @Test
    void theFirstAssignmentStartsTheReviewOfADirectSubmissionWithTheDefaultCriteria() {
        var practice = fixtures.directSubmission(context, "Reporting office");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());
        fixtures.assign(context, practice, fixtures.secondReviewer());

        assertThat(as(fixtures.secretariat(), () -> practices.practice(practice))
                        .summary()
                        .status())
                .isEqualTo(PracticeStatus.UNDER_REVIEW);
        var review = as(fixtures.reviewer(), () -> reviews.review(assignment));
        assertThat(review.criteria()).isEqualTo(Reports.DEFAULT_CRITERIA);
        assertThat(review.criteriaItems())
                .extracting(Reviews.Criterion::code)
                .containsExactlyElementsOf(ReviewFixtures.CRITERIA);
        assertThat(review.writable()).isTrue();
        assertThat(review.state()).isEqualTo(State.ASSIGNED);
        assertThat(as(fixtures.reviewer(), () -> reviews.mine()))
                .singleElement()
                .satisfies(mine -> {
                    assertThat(mine.id()).isEqualTo(assignment);
                    assertThat(mine.practiceTitle()).isEqualTo("Reporting office");
                });
        assertThatThrownBy(() -> fixtures.assign(context, practice, fixtures.reviewer()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.already-assigned");
    }

    @Test
    void anAcceptedActionIsNominatedAndAssignedWithItsCyclesCriteria() {
        var report = fixtures.report().acceptedReport(context, "2023–2024");
        var action = as(fixtures.report().coordinator(), () -> reports.report(report))
                .content()
                .actions()
                .get(0);

        var board = as(
                fixtures.secretariat(),
                () -> reviews.board(fixtures.report().network().id()));
        assertThat(board.actions()).singleElement().satisfies(candidate -> {
            assertThat(candidate.action().id()).isEqualTo(action.id());
            assertThat(candidate.practice()).isNull();
            assertThat(candidate.eligible())
                    .extracting(Reviews.ReviewerOption::person)
                    .containsExactlyInAnyOrder(id(fixtures.reviewer()), id(fixtures.secondReviewer()));
        });

        var assignment = as(fixtures.secretariat(), () -> reviews.assign(action.id(), id(fixtures.reviewer())));
        var review = as(fixtures.secretariat(), () -> reviews.review(assignment));
        assertThat(review.practice().content().template().title()).isEqualTo("Monitoring office");
        assertThat(review.practice().summary().status()).isEqualTo(PracticeStatus.UNDER_REVIEW);
        var cycle = as(
                fixtures.secretariat(),
                () -> reports.cycle(review.practice().source().cycle()));
        assertThat(review.criteria()).isEqualTo(cycle.criteria());
        assertThat(review.writable()).isFalse();

        var after = as(
                fixtures.secretariat(),
                () -> reviews.board(fixtures.report().network().id()));
        assertThat(after.actions().get(0).practice())
                .isEqualTo(review.practice().summary().id());
        assertThat(after.practices()).singleElement().satisfies(progress -> {
            assertThat(progress.nominated()).isTrue();
            assertThat(progress.progress()).isEqualTo(new Reviews.Progress(1, 0));
            assertThat(progress.eligible())
                    .extracting(Reviews.ReviewerOption::person)
                    .containsExactly(id(fixtures.secondReviewer()));
        });
    }

    @Test
    void onlyTheNetworksSecretariatAssignsAndOnlyItsReviewersFromOtherCities() {
        var practice = fixtures.directSubmission(context, "Reporting office");
        var other = ReviewFixtures.create(context);
        var reviewer = id(fixtures.reviewer());

        assertThatThrownBy(() -> as(fixtures.report().coordinator(), () -> reviews.assign(practice, reviewer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reviews.assign(practice, reviewer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> reviews.assign(practice, reviewer)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixtures.assign(context, practice, other.reviewer()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.not-reviewer");
        assertThatThrownBy(() -> fixtures.assign(context, practice, fixtures.secretariat()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.not-reviewer");
        assertThatThrownBy(() -> fixtures.assign(context, practice, fixtures.reviewerOfTheCity()))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.own-city");

        assertThat(as(fixtures.secretariat(), () -> reviews.reviewsOf(practice).reviews()))
                .isEmpty();
        assertThat(as(fixtures.secretariat(), () -> practices.practice(practice))
                        .summary()
                        .status())
                .isEqualTo(PracticeStatus.SUBMITTED);
    }

    @Test
    void aReviewerWhoJoinsThePracticesCityCanNoLongerSubmit() {
        var practice = fixtures.directSubmission(context, "Reporting office");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());
        var version = as(fixtures.reviewer(), () -> reviews.save(assignment, 0, complete("joined")));

        as(
                fixtures.report().coordinator(),
                () -> people.invite(new People.Invite(
                        fixtures.reviewer().getUsername(),
                        "Reviewer",
                        RoleGrant.inCity(
                                Role.CIVIL_SOCIETY_PARTNER,
                                fixtures.report().city().id()),
                        "en")));
        TestPeople.acceptInvitation(context, fixtures.reviewer().getUsername());

        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> reviews.submit(assignment, version)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.own-city");
        assertThat(as(fixtures.secretariat(), () -> reviews.review(assignment).state()))
                .isEqualTo(State.ASSIGNED);
    }

    @Test
    void aReviewerReadsAndWritesOnlyTheirOwnReviewAndTheSecretariatOnlyReads() {
        var practice = fixtures.directSubmission(context, "Reporting office");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());
        var other = ReviewFixtures.create(context);

        assertThatThrownBy(() -> as(fixtures.secondReviewer(), () -> reviews.review(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.secondReviewer(), () -> reviews.save(assignment, 0, complete("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> reviews.save(assignment, 0, complete("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> reviews.submit(assignment, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reviews.review(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.reviewer(), () -> reviews.review(assignment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> reviews.reviewsOf(practice)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reviews.review(assignment)).isInstanceOf(AccessDeniedException.class);
        assertThat(as(fixtures.secondReviewer(), () -> reviews.mine())).isEmpty();

        assertThat(as(fixtures.secretariat(), () -> reviews.review(assignment)).content())
                .isEqualTo(ReviewContent.empty());
    }

    @Test
    void aReviewIsSubmittedOnceEveryCriterionIsRatedAndJustifiedAndIsThenFrozen() {
        var practice = fixtures.directSubmission(context, "Reporting office");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());
        var draft = new ReviewContent(
                List.of(
                        new CriterionRating("goal-oriented", Rating.PARTLY_MET, "Some goals"),
                        new CriterionRating("customer-responsive", Rating.NOT_MET, null)),
                null,
                null);

        var version = as(fixtures.reviewer(), () -> reviews.save(assignment, 0, draft));
        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> reviews.submit(assignment, version)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.incomplete");
        var stored = as(fixtures.reviewer(), () -> reviews.review(assignment));
        assertThat(stored.content()).isEqualTo(draft);
        assertThat(stored.gaps())
                .contains(
                        new Gap("customer-responsive", Gap.JUSTIFICATION),
                        new Gap("highly-impacting", Gap.RATING),
                        new Gap(null, Gap.ASSESSMENT),
                        new Gap(null, Gap.RECOMMENDATION))
                .doesNotContain(new Gap("goal-oriented", Gap.RATING), new Gap("goal-oriented", Gap.JUSTIFICATION));

        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> reviews.save(assignment, 0, complete("stale"))))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThatThrownBy(() -> as(
                        fixtures.reviewer(),
                        () -> reviews.save(
                                assignment,
                                version,
                                new ReviewContent(
                                        List.of(new CriterionRating("invented", Rating.MET, "x")), null, null))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.unknown-criterion");

        var complete = as(fixtures.reviewer(), () -> reviews.save(assignment, version, complete("final")));
        as(fixtures.reviewer(), () -> reviews.submit(assignment, complete));

        var submitted = as(fixtures.reviewer(), () -> reviews.review(assignment));
        assertThat(submitted.state()).isEqualTo(State.SUBMITTED);
        assertThat(submitted.submittedAt()).isNotNull();
        assertThat(submitted.writable()).isFalse();
        assertThat(submitted.content()).isEqualTo(complete("final"));
        assertThatThrownBy(() ->
                        as(fixtures.reviewer(), () -> reviews.save(assignment, submitted.version(), complete("later"))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.submitted");
    }

    @Test
    void theDecisionNeedsASubmittedReviewAndNeverPublishesTheReviews() {
        var practice = fixtures.directSubmission(context, "Reporting office");
        var first = fixtures.assign(context, practice, fixtures.reviewer());
        var second = fixtures.assign(context, practice, fixtures.secondReviewer());
        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> reviews.decide(practice, Decision.DESIGNATE, "")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.no-submitted-review");

        fixtures.submitComplete(context, first, fixtures.reviewer(), "secret-note-4711");
        as(fixtures.secondReviewer(), () -> reviews.save(second, 0, complete("draft-note")));
        var other = ReviewFixtures.create(context);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reviews.decide(practice, Decision.DESIGNATE, "x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.reviewer(), () -> reviews.decide(practice, Decision.DESIGNATE, "x")))
                .isInstanceOf(AccessDeniedException.class);

        var side = as(fixtures.secretariat(), () -> reviews.reviewsOf(practice));
        assertThat(side.reviews()).extracting(Reviews.ReviewView::id).containsExactly(first, second);
        assertThat(side.decidable()).isTrue();

        as(fixtures.secretariat(), () -> reviews.decide(practice, Decision.DESIGNATE, "Unanimous"));

        var decided = as(fixtures.secretariat(), () -> reviews.reviewsOf(practice));
        assertThat(decided.decision().decision()).isEqualTo(Decision.DESIGNATE);
        assertThat(decided.decision().note()).isEqualTo("Unanimous");
        assertThat(decided.decidable()).isFalse();
        assertThat(decided.eligible()).isEmpty();
        var published = practices.practice(practice);
        assertThat(published.summary().status()).isEqualTo(PracticeStatus.DESIGNATED);
        assertThat(published.toString()).doesNotContain("secret-note-4711", "Unanimous");
        assertThatThrownBy(() -> as(fixtures.secretariat(), () -> reviews.decide(practice, Decision.DESIGNATE, "")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.decided");
        assertThatThrownBy(() -> as(fixtures.secondReviewer(), () -> reviews.submit(second, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.decided");
        assertThatThrownBy(() -> fixtures.assign(
                        context,
                        practice,
                        TestPeople.holding(
                                context,
                                RoleGrant.inNetwork(
                                        Role.REVIEWER,
                                        fixtures.report().network().id()))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "review.rule.decided");
    }
}
