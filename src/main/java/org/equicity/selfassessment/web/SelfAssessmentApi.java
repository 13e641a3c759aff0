package org.equicity.selfassessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.selfassessment.DevelopmentActionId;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.DevelopmentContent;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.selfassessment.SelfAssessments.Horizon;
import org.equicity.selfassessment.SelfAssessments.ProgressView;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentSummary;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Self-assessments for machines, with the same rules as the pages, enforced by the facade: the city's people read;
 * its coordinators and department contacts write a draft; its coordinators start, sign off, share and plan. An
 * assessment reads as the document of the published schema ({@link SelfAssessmentDocument}).
 */
@RestController
@Tag(name = "Self-assessment")
class SelfAssessmentApi {

    private final SelfAssessments assessments;
    private final String baseUrl;

    SelfAssessmentApi(
            SelfAssessments assessments, @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.assessments = assessments;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    record Created(UUID id) {}

    record StartBody(@NotNull String framework, @NotNull String title) {}

    record FactorBody(
            @NotNull Long version,
            @Nullable List<@Nullable String> answers,
            @Nullable String judgement,
            @Nullable String explanation,
            @Nullable List<String> contextFactors) {}

    record EvidenceBody(
            @NotNull Source source,
            @Nullable String kind,
            @Nullable String title,
            @Nullable String link,
            @Nullable UUID plan,
            @Nullable UUID item) {}

    record SignOffBody(@NotNull Long version) {}

    record ShareBody(@NotNull Boolean shared) {}

    record DevelopmentBody(
            @Nullable Long version,
            @NotNull String factor,
            @NotNull String title,
            @NotNull Horizon horizon,
            @Nullable String owner,
            @Nullable LocalDate due) {

        DevelopmentContent content() {
            return new DevelopmentContent(factor, title, horizon, owner, due);
        }
    }

    record PlanBody(@NotNull UUID plan, @NotNull UUID commitment) {}

    record ProgressRow(String factor, List<@Nullable String> judgements, List<@Nullable Integer> scores) {}

    record ProgressResponse(String framework, List<SelfAssessmentSummary> assessments, List<ProgressRow> factors) {

        static ProgressResponse of(ProgressView view) {
            return new ProgressResponse(
                    view.framework().ref().toString(),
                    view.assessments(),
                    view.rows().stream()
                            .map(row -> new ProgressRow(row.factor().code(), row.judgements(), row.scores()))
                            .toList());
        }
    }

    @GetMapping("/api/v1/cities/{id}/self-assessments")
    @Operation(summary = "The city's self-assessments, the newest first (the city's people)")
    List<SelfAssessmentSummary> ofCity(@PathVariable UUID id) {
        return assessments.ofCity(new CityId(id));
    }

    @PostMapping("/api/v1/cities/{id}/self-assessments")
    @Operation(summary = "Start a self-assessment against an assessment framework version (coordinators)")
    ResponseEntity<Created> start(@PathVariable UUID id, @Valid @RequestBody StartBody body) {
        var created = assessments.start(new CityId(id), framework(body.framework()), body.title());
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + created.value()))
                .body(new Created(created.value()));
    }

    @GetMapping("/api/v1/cities/{id}/self-assessments/progress/{framework}")
    @Operation(summary = "The city's signed-off self-assessments against a framework, key factor by key factor")
    ProgressResponse progress(@PathVariable UUID id, @PathVariable String framework) {
        return ProgressResponse.of(assessments.progress(new CityId(id), framework(framework)));
    }

    @GetMapping("/api/v1/self-assessments/{id}")
    @Operation(summary = "A self-assessment as a document of /schemas/self-assessment/1.0.json (the city's people)")
    SelfAssessmentDocument assessment(@PathVariable UUID id) {
        return SelfAssessmentDocument.of(assessments.assessment(new SelfAssessmentId(id)), baseUrl);
    }

    @PutMapping("/api/v1/self-assessments/{id}/factors/{factor}")
    @Operation(summary = "Save one key factor over the version read (coordinators and department contacts, draft)")
    SelfAssessmentDocument saveFactor(
            @PathVariable UUID id, @PathVariable String factor, @Valid @RequestBody FactorBody body) {
        var content = new FactorContent(
                body.answers() == null ? List.of() : new ArrayList<>(body.answers()),
                body.judgement(),
                body.explanation(),
                body.contextFactors() == null ? List.of() : body.contextFactors());
        assessments.saveFactor(new SelfAssessmentId(id), factor, body.version(), content);
        return assessment(id);
    }

    @PostMapping("/api/v1/self-assessments/{id}/factors/{factor}/evidence")
    @Operation(summary = "Add a document, or the city's own plan action, indicator or monitoring report, as evidence")
    ResponseEntity<Created> addEvidence(
            @PathVariable UUID id, @PathVariable String factor, @Valid @RequestBody EvidenceBody body) {
        var content =
                new EvidenceContent(body.source(), body.kind(), body.title(), body.link(), body.plan(), body.item());
        var added = assessments.addEvidence(new SelfAssessmentId(id), factor, content);
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + id))
                .body(new Created(added.value()));
    }

    @DeleteMapping("/api/v1/self-assessments/{id}/evidence/{evidenceId}")
    @Operation(summary = "Remove a piece of evidence from a draft")
    ResponseEntity<Void> removeEvidence(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        assessments.removeEvidence(new SelfAssessmentId(id), new EvidenceId(evidenceId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/self-assessments/{id}/sign-off")
    @Operation(summary = "Sign the draft off once every key factor is judged (coordinators); it then no longer changes")
    SelfAssessmentDocument signOff(@PathVariable UUID id, @Valid @RequestBody SignOffBody body) {
        assessments.signOff(new SelfAssessmentId(id), body.version());
        return assessment(id);
    }

    @PutMapping("/api/v1/self-assessments/{id}/shared")
    @Operation(summary = "Share a signed-off self-assessment with the city's networks, or stop sharing (coordinators)")
    SelfAssessmentDocument share(@PathVariable UUID id, @Valid @RequestBody ShareBody body) {
        assessments.share(new SelfAssessmentId(id), body.shared());
        return assessment(id);
    }

    @PostMapping("/api/v1/self-assessments/{id}/development")
    @Operation(summary = "Add a priority action for a key factor not (fully) met (coordinators, signed off)")
    ResponseEntity<Created> addDevelopment(@PathVariable UUID id, @Valid @RequestBody DevelopmentBody body) {
        var added = assessments.addDevelopmentAction(new SelfAssessmentId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/self-assessments/" + id))
                .body(new Created(added.value()));
    }

    @PutMapping("/api/v1/self-assessments/{id}/development/{developmentId}")
    @Operation(summary = "Change a priority action over the version read (coordinators)")
    SelfAssessmentDocument updateDevelopment(
            @PathVariable UUID id, @PathVariable UUID developmentId, @Valid @RequestBody DevelopmentBody body) {
        if (body.version() == null) {
            throw RuleViolationException.about("version", "selfassessment.rule.required", "version");
        }
        assessments.updateDevelopmentAction(
                new SelfAssessmentId(id), new DevelopmentActionId(developmentId), body.version(), body.content());
        return assessment(id);
    }

    @PostMapping("/api/v1/self-assessments/{id}/development/{developmentId}/plan")
    @Operation(summary = "Make the priority action an action of the city's plan, tagged with its key factor")
    ResponseEntity<Created> addToPlan(
            @PathVariable UUID id, @PathVariable UUID developmentId, @Valid @RequestBody PlanBody body) {
        var added = assessments.addToPlan(
                new SelfAssessmentId(id),
                new DevelopmentActionId(developmentId),
                new PlanId(body.plan()),
                new CommitmentId(body.commitment()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + body.plan()))
                .body(new Created(added.value()));
    }

    private static FrameworkRef framework(String text) {
        var ref = SelfAssessmentPages.frameworkRef(text);
        if (ref == null) {
            throw RuleViolationException.about("framework", "selfassessment.rule.framework", Objects.toString(text));
        }
        return ref;
    }
}
