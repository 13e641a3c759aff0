package org.equicity.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.framework.FrameworkRef;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices.PracticeSummary;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.report.ReportedActionId;
import org.equicity.report.Reports.AcceptedActionSummary;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * The review of good practices. The network's secretariat assigns reviewers of the network to a practice (nominating
 * an accepted action first makes it one); a reviewer never reviews a practice of a city they hold a role in. Each
 * reviewer rates every criterion of the framework fixed at assignment, writes an assessment and a recommendation and
 * submits, which freezes the review. The secretariat reads every review of a practice and records the committee's
 * decision. Reviews are never public: only their reviewer and the secretariat read them. Every rule is checked here
 * through {@code Access}; saving takes the version the reviewer started from and throws
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException} when it was saved since.
 */
public interface Reviews {

    /**
     * The secretariat's overview: the accepted actions of the network's cycles, its practices with their reviews'
     * progress, and the network's reviewers.
     */
    Board board(NetworkId network);

    /** The network's practices still to be decided that no reviewer has been assigned to yet, the oldest first. */
    List<PracticeSummary> awaitingReviewers(NetworkId network);

    /** The secretariat assigns a reviewer of the network to a practice; the first assignment starts its review. */
    AssignmentId assign(PracticeId practice, PersonId reviewer);

    /** The secretariat nominates an accepted action as a practice (if not yet done) and assigns a reviewer to it. */
    AssignmentId assign(ReportedActionId action, PersonId reviewer);

    /** The signed-in reviewer's assignments across networks, open ones first. */
    List<AssignmentSummary> mine();

    /** One review with its practice and criteria; for its reviewer and the network's secretariat. */
    ReviewView review(AssignmentId id);

    /** The reviewer saves a draft, from the version they started from; answers the stored version. */
    long save(AssignmentId id, long version, ReviewContent content);

    /**
     * The reviewer submits the stored review, which then no longer changes; refused while a criterion lacks a rating
     * or a justification or the assessment or recommendation is missing.
     */
    void submit(AssignmentId id, long version);

    /** Every review of a practice side by side, with the committee's decision if recorded; for the secretariat. */
    PracticeReviews reviewsOf(PracticeId practice);

    /**
     * The secretariat records the committee's decision, which designates the practice or not; needs at least one
     * submitted review.
     */
    void decide(PracticeId practice, Decision decision, String note);

    enum Rating {
        MET,
        PARTLY_MET,
        NOT_MET,
        CANNOT_TELL
    }

    enum Recommendation {
        DESIGNATE,
        REVISE,
        DO_NOT_DESIGNATE
    }

    enum Decision {
        DESIGNATE,
        DO_NOT_DESIGNATE
    }

    enum State {
        ASSIGNED,
        SUBMITTED
    }

    TextRules RULES = new TextRules("review");

    /** A reviewer's rating of one criterion; both parts may be missing in a draft. */
    record CriterionRating(
            String criterion,
            @Nullable Rating rating,
            @Nullable String justification) {

        public CriterionRating {
            criterion = RULES.required(criterion, 100, "criterion");
            justification = RULES.optional(justification, 5_000, "justification");
        }
    }

    /** What is still missing before a review can be submitted; {@code criterion} is null for the whole review. */
    record Gap(@Nullable String criterion, String part) {

        public static final String RATING = "rating";
        public static final String JUSTIFICATION = "justification";
        public static final String ASSESSMENT = "assessment";
        public static final String RECOMMENDATION = "recommendation";
    }

    /** What the reviewer writes; ratings of criteria the framework does not have are refused when saved. */
    record ReviewContent(
            List<CriterionRating> ratings,
            @Nullable String assessment,
            @Nullable Recommendation recommendation) {

        public ReviewContent {
            ratings = ratings == null ? List.of() : List.copyOf(ratings);
            if (ratings.stream().map(CriterionRating::criterion).distinct().count() != ratings.size()) {
                throw new RuleViolationException("review.rule.rated-twice");
            }
            assessment = RULES.optional(assessment, 20_000, "assessment");
        }

        public static ReviewContent empty() {
            return new ReviewContent(List.of(), null, null);
        }

        public @Nullable CriterionRating ratingOf(String criterion) {
            return ratings.stream()
                    .filter(rating -> rating.criterion().equals(criterion))
                    .findFirst()
                    .orElse(null);
        }

        /** Everything the review lacks before it can be submitted, in the order of the criteria. */
        public List<Gap> gaps(List<String> criteria) {
            Map<String, CriterionRating> byCode =
                    ratings.stream().collect(Collectors.toMap(CriterionRating::criterion, Function.identity()));
            var gaps = new ArrayList<Gap>();
            for (var code : criteria) {
                var rating = byCode.get(code);
                if (rating == null || rating.rating() == null) {
                    gaps.add(new Gap(code, Gap.RATING));
                }
                if (rating == null || rating.justification() == null) {
                    gaps.add(new Gap(code, Gap.JUSTIFICATION));
                }
            }
            if (assessment == null) {
                gaps.add(new Gap(null, Gap.ASSESSMENT));
            }
            if (recommendation == null) {
                gaps.add(new Gap(null, Gap.RECOMMENDATION));
            }
            return gaps;
        }
    }

    /** A criterion as the framework states it. */
    record Criterion(String code, LocalizedText label, LocalizedText description) {}

    record ReviewerOption(PersonId person, String displayName, String email) {}

    /** How far the reviews of a practice have come. */
    record Progress(int assigned, int submitted) {}

    /** An accepted action of one of the network's cycles; {@code practice} is set once it was nominated. */
    record CandidateAction(
            AcceptedActionSummary action,
            String cycleName,
            @Nullable PracticeId practice,
            List<ReviewerOption> eligible) {

        public CandidateAction {
            eligible = List.copyOf(eligible);
        }
    }

    /**
     * A practice of the network; {@code nominated} tells an accepted action from a direct submission, and
     * {@code eligible} are the reviewers who may still be assigned to it.
     */
    record PracticeProgress(
            PracticeSummary practice, boolean nominated, Progress progress, List<ReviewerOption> eligible) {

        public PracticeProgress {
            eligible = List.copyOf(eligible);
        }
    }

    record Board(
            NetworkId network,
            List<CandidateAction> actions,
            List<PracticeProgress> practices,
            List<ReviewerOption> reviewers) {

        public Board {
            actions = List.copyOf(actions);
            practices = List.copyOf(practices);
            reviewers = List.copyOf(reviewers);
        }
    }

    record AssignmentSummary(
            AssignmentId id,
            PracticeId practice,
            String practiceTitle,
            String cityName,
            String networkName,
            State state,
            Instant assignedAt,
            @Nullable Instant submittedAt) {}

    /**
     * One review. {@code writable} says whether the reader is its reviewer and may still change it; the criteria are
     * those of {@code criteria}, fixed when the reviewer was assigned.
     */
    record ReviewView(
            AssignmentId id,
            PracticeView practice,
            PersonId reviewer,
            String reviewerName,
            FrameworkRef criteria,
            List<Criterion> criteriaItems,
            State state,
            long version,
            ReviewContent content,
            Instant assignedAt,
            @Nullable Instant savedAt,
            @Nullable Instant submittedAt,
            boolean writable) {

        public ReviewView {
            criteriaItems = List.copyOf(criteriaItems);
        }

        public List<Gap> gaps() {
            return content.gaps(criteriaItems.stream().map(Criterion::code).toList());
        }
    }

    record DecisionView(Decision decision, @Nullable String note, String decidedByName, Instant decidedAt) {}

    record PracticeReviews(
            PracticeView practice,
            List<Criterion> criteria,
            List<ReviewView> reviews,
            @Nullable DecisionView decision,
            List<ReviewerOption> eligible) {

        public PracticeReviews {
            criteria = List.copyOf(criteria);
            reviews = List.copyOf(reviews);
            eligible = List.copyOf(eligible);
            Objects.requireNonNull(practice, "practice");
        }

        public boolean decidable() {
            return decision == null && reviews.stream().anyMatch(review -> review.state() == State.SUBMITTED);
        }
    }
}
