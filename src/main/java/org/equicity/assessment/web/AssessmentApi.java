package org.equicity.assessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.equicity.assessment.AssessmentId;
import org.equicity.assessment.Assessments;
import org.equicity.assessment.Assessments.AssessmentContent;
import org.equicity.assessment.Assessments.AssessmentSummary;
import org.equicity.assessment.Assessments.AssessmentView;
import org.equicity.assessment.Assessments.Finding;
import org.equicity.assessment.Assessments.Kind;
import org.equicity.assessment.Assessments.PlanAssessments;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's assessments for machines: the same rules as the pages, enforced by the facade (the city's coordinators
 * write, its people read; every action named must be the plan's, every method a code of {@value
 * Assessments#METHODS}).
 */
@RestController
@Tag(name = "Plan assessment")
class AssessmentApi {

    private final Assessments assessments;

    AssessmentApi(Assessments assessments) {
        this.assessments = assessments;
    }

    record Created(UUID id) {}

    record NewAssessmentBody(@NotNull Kind kind, @NotNull Integer year) {}

    record ReviewBody(@NotNull Integer everyYears) {}

    record FindingBody(
            @NotNull UUID action,
            @Nullable String method,
            @Nullable String findings,
            @Nullable String indicators,
            @Nullable String lessons) {}

    record AssessmentBody(
            @NotNull Long version,
            @Nullable String language,
            @Nullable String summary,
            List<@Valid @NotNull FindingBody> findings) {}

    record FindingResponse(
            UUID action,
            @Nullable String method,
            @Nullable String findings,
            @Nullable String indicators,
            @Nullable String lessons) {}

    record AssessmentResponse(
            UUID id,
            UUID plan,
            String kind,
            int year,
            String assessedOn,
            long version,
            @Nullable String language,
            @Nullable String summary,
            List<FindingResponse> findings) {

        static AssessmentResponse of(AssessmentView view) {
            var content = view.content();
            return new AssessmentResponse(
                    view.id().value(),
                    view.plan().value(),
                    view.kind().name(),
                    view.year(),
                    view.assessedOn().toString(),
                    view.version(),
                    content.language(),
                    content.summary(),
                    content.findings().stream()
                            .map(f -> new FindingResponse(
                                    f.action().value(), f.method(), f.findings(), f.indicators(), f.lessons()))
                            .toList());
        }
    }

    record PlanAssessmentsResponse(
            UUID plan,
            int reviewEveryYears,
            String reviewDue,
            boolean reviewDueSoon,
            boolean reviewOverdue,
            List<AssessmentSummary> assessments) {

        static PlanAssessmentsResponse of(PlanAssessments overview) {
            return new PlanAssessmentsResponse(
                    overview.plan().value(),
                    overview.reviewEveryYears(),
                    overview.reviewDue().toString(),
                    overview.reviewDueSoon(),
                    overview.reviewOverdue(),
                    overview.assessments());
        }
    }

    @GetMapping("/api/v1/plans/{id}/assessments")
    @Operation(summary = "The plan's follow-ups and final assessment, and when it is due for review (city's people)")
    PlanAssessmentsResponse ofPlan(@PathVariable UUID id) {
        return PlanAssessmentsResponse.of(assessments.ofPlan(new PlanId(id)));
    }

    @PostMapping("/api/v1/plans/{id}/assessments")
    @Operation(summary = "Start the plan's yearly follow-up or final assessment, a row per action (coordinators)")
    ResponseEntity<Created> start(@PathVariable UUID id, @Valid @RequestBody NewAssessmentBody body) {
        var assessment = assessments.start(new PlanId(id), body.kind(), body.year());
        return ResponseEntity.created(URI.create("/api/v1/assessments/" + assessment.value()))
                .body(new Created(assessment.value()));
    }

    @PutMapping("/api/v1/plans/{id}/review-schedule")
    @Operation(summary = "Review the plan every 2 or 3 years (coordinators)")
    PlanAssessmentsResponse scheduleReview(@PathVariable UUID id, @Valid @RequestBody ReviewBody body) {
        assessments.scheduleReview(new PlanId(id), body.everyYears());
        return ofPlan(id);
    }

    @GetMapping("/api/v1/assessments/{id}")
    @Operation(summary = "An assessment with, per action, the method, findings, what the indicators show, lessons")
    AssessmentResponse assessment(@PathVariable UUID id) {
        return AssessmentResponse.of(assessments.assessment(new AssessmentId(id)));
    }

    @PutMapping("/api/v1/assessments/{id}")
    @Operation(summary = "Replace what the assessment found, over the version read (coordinators)")
    AssessmentResponse save(@PathVariable UUID id, @Valid @RequestBody AssessmentBody body) {
        var findings = body.findings() == null
                ? List.<Finding>of()
                : body.findings().stream()
                        .map(f -> new Finding(
                                new ActionId(f.action()), f.method(), f.findings(), f.indicators(), f.lessons()))
                        .toList();
        assessments.save(
                new AssessmentId(id), body.version(), new AssessmentContent(body.language(), body.summary(), findings));
        return assessment(id);
    }
}
