package org.equicity.review.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.PracticeId;
import org.equicity.report.ReportedActionId;
import org.equicity.review.AssignmentId;
import org.equicity.review.Reviews;
import org.equicity.review.Reviews.AssignmentSummary;
import org.equicity.review.Reviews.CriterionRating;
import org.equicity.review.Reviews.Decision;
import org.equicity.review.Reviews.DecisionView;
import org.equicity.review.Reviews.PracticeReviews;
import org.equicity.review.Reviews.Rating;
import org.equicity.review.Reviews.Recommendation;
import org.equicity.review.Reviews.ReviewContent;
import org.equicity.review.Reviews.ReviewView;
import org.equicity.review.Reviews.State;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews of good practices over HTTP. Never public: a review is read and written by its reviewer and read by the
 * network's secretariat, which assigns reviewers and records the committee's decision. Saving carries the version it
 * starts from (409 when stale); a submitted review never changes.
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Good-practice reviews")
class ReviewApi {

    private final Reviews reviews;

    ReviewApi(Reviews reviews) {
        this.reviews = reviews;
    }

    record Created(UUID id) {}

    record Saved(long version) {}

    /** Names either a practice or an accepted action; an action is nominated as a practice first. */
    record AssignBody(UUID practice, UUID action, @NotNull UUID reviewer) {}

    record RatingBody(
            @NotBlank @Size(max = 100) String criterion,
            Rating rating,
            @Size(max = 5_000) String justification) {}

    record ReviewBody(
            @NotNull Long version,
            List<@NotNull @Valid RatingBody> ratings,
            @Size(max = 20_000) String assessment,
            Recommendation recommendation) {}

    record SubmissionBody(@NotNull Long version) {}

    record DecisionBody(
            @NotNull Decision decision, @Size(max = 10_000) String note) {}

    record CriterionResponse(String code, String label, String description) {}

    record RatingResponse(String criterion, Rating rating, String justification) {}

    record ReviewResponse(
            UUID id,
            UUID practice,
            String practiceTitle,
            UUID reviewer,
            String reviewerName,
            String criteria,
            List<CriterionResponse> criteriaItems,
            State state,
            long version,
            List<RatingResponse> ratings,
            String assessment,
            Recommendation recommendation,
            Instant assignedAt,
            Instant submittedAt,
            List<String> missing) {

        static ReviewResponse of(ReviewView review) {
            var content = review.content();
            return new ReviewResponse(
                    review.id().value(),
                    review.practice().summary().id().value(),
                    review.practice().summary().title(),
                    review.reviewer().value(),
                    review.reviewerName(),
                    review.criteria().toString(),
                    review.criteriaItems().stream()
                            .map(criterion -> new CriterionResponse(
                                    criterion.code(),
                                    criterion.label().in(LocaleContextHolder.getLocale()),
                                    criterion.description().in(LocaleContextHolder.getLocale())))
                            .toList(),
                    review.state(),
                    review.version(),
                    content.ratings().stream()
                            .map(rating ->
                                    new RatingResponse(rating.criterion(), rating.rating(), rating.justification()))
                            .toList(),
                    content.assessment(),
                    content.recommendation(),
                    review.assignedAt(),
                    review.submittedAt(),
                    review.gaps().stream()
                            .map(gap -> gap.criterion() == null ? gap.part() : gap.criterion() + "." + gap.part())
                            .toList());
        }
    }

    record AssignmentResponse(
            UUID id, UUID practice, String practiceTitle, String cityName, String networkName, State state) {

        static AssignmentResponse of(AssignmentSummary summary) {
            return new AssignmentResponse(
                    summary.id().value(),
                    summary.practice().value(),
                    summary.practiceTitle(),
                    summary.cityName(),
                    summary.networkName(),
                    summary.state());
        }
    }

    record PracticeReviewsResponse(
            UUID practice, String title, String status, List<ReviewResponse> reviews, DecisionView decision) {

        static PracticeReviewsResponse of(PracticeReviews reviews) {
            var summary = reviews.practice().summary();
            return new PracticeReviewsResponse(
                    summary.id().value(),
                    summary.title(),
                    summary.status().name(),
                    reviews.reviews().stream().map(ReviewResponse::of).toList(),
                    reviews.decision());
        }
    }

    @GetMapping
    @Operation(summary = "The signed-in reviewer's assignments across networks")
    List<AssignmentResponse> mine() {
        return reviews.mine().stream().map(AssignmentResponse::of).toList();
    }

    @PostMapping
    @Operation(summary = "Assign a reviewer to a practice, or to an accepted action, nominating it (secretariat)")
    ResponseEntity<Created> assign(@Valid @RequestBody AssignBody body) {
        if ((body.practice() == null) == (body.action() == null)) {
            throw new RuleViolationException("review.rule.practice-or-action");
        }
        var reviewer = new PersonId(body.reviewer());
        var id = body.practice() != null
                ? reviews.assign(new PracticeId(body.practice()), reviewer)
                : reviews.assign(new ReportedActionId(body.action()), reviewer);
        return ResponseEntity.created(URI.create("/api/v1/reviews/" + id.value()))
                .body(new Created(id.value()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One review with its criteria and what is still missing (its reviewer and the secretariat)")
    ReviewResponse review(@PathVariable UUID id) {
        return ReviewResponse.of(reviews.review(new AssignmentId(id)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Save the review as a draft: ratings per criterion, assessment, recommendation (its reviewer)")
    Saved save(@PathVariable UUID id, @Valid @RequestBody ReviewBody body) {
        var ratings = body.ratings() == null
                ? List.<CriterionRating>of()
                : body.ratings().stream()
                        .map(rating -> new CriterionRating(rating.criterion(), rating.rating(), rating.justification()))
                        .toList();
        return new Saved(reviews.save(
                new AssignmentId(id),
                body.version(),
                new ReviewContent(ratings, body.assessment(), body.recommendation())));
    }

    @PostMapping("/{id}/submission")
    @Operation(summary = "Submit the saved review, which then no longer changes (its reviewer)")
    ResponseEntity<Void> submit(@PathVariable UUID id, @Valid @RequestBody SubmissionBody body) {
        reviews.submit(new AssignmentId(id), body.version());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/practices/{practiceId}")
    @Operation(summary = "Every review of a practice and the committee's decision (secretariat)")
    PracticeReviewsResponse ofPractice(@PathVariable UUID practiceId) {
        return PracticeReviewsResponse.of(reviews.reviewsOf(new PracticeId(practiceId)));
    }

    @PostMapping("/practices/{practiceId}/decision")
    @Operation(summary = "Record the committee's decision, designating the practice or not (secretariat)")
    ResponseEntity<Void> decide(@PathVariable UUID practiceId, @Valid @RequestBody DecisionBody body) {
        reviews.decide(new PracticeId(practiceId), body.decision(), body.note());
        return ResponseEntity.noContent().build();
    }
}
