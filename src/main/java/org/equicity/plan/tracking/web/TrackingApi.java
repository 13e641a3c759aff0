package org.equicity.plan.tracking.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanId;
import org.equicity.plan.Progress;
import org.equicity.plan.tracking.PlanTracking;
import org.equicity.plan.tracking.PlanTracking.Attention;
import org.equicity.plan.tracking.PlanTracking.AttentionItem;
import org.equicity.plan.tracking.PlanTracking.Column;
import org.equicity.plan.tracking.PlanTracking.Coverage;
import org.equicity.plan.tracking.PlanTracking.Matrix;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.equicity.plan.tracking.PlanTracking.MeetingView;
import org.equicity.plan.tracking.PlanTracking.PlanProgress;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.equicity.plan.tracking.PlanTracking.ProgressUpdateView;
import org.equicity.plan.tracking.PlanTracking.Row;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Coverage, progress and the implementation tracking of plans over HTTP. Coverage, progress and progress updates of
 * an adopted plan are public; the attention list and meetings are for the city's people. Progress updates are posted
 * by contacts of the action's departments or by the city's coordinators.
 */
@RestController
@Tag(name = "Action plans: coverage and implementation")
class TrackingApi {

    private final PlanTracking tracking;
    private final MessageSource messages;
    private final Clock clock;

    TrackingApi(PlanTracking tracking, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.tracking = tracking;
        this.messages = messages;
    }

    record ProgressUpdateBody(
            @NotNull LocalDate reportedOn,
            @NotNull ActionStatus status,
            @NotNull @Min(0) @Max(100) Integer progress,
            @Size(max = 10_000) String narrative,
            @Size(max = 10_000) String challenges,
            @Size(max = 20) List<@Size(max = 1000) String> evidenceLinks,

            @Schema(description = "ISO 639-1 code of the language the texts are written in; by default the plan's")
            @Size(max = 8)
            String language) {

        ProgressReport report() {
            return new ProgressReport(reportedOn, status, progress, narrative, challenges, evidenceLinks, language);
        }
    }

    record ProgressUpdateResponse(
            UUID id,
            UUID action,
            LocalDate reportedOn,
            ActionStatus status,
            int progress,
            String narrative,
            String challenges,
            List<String> evidenceLinks,
            String author,
            Instant recordedAt,
            String language) {

        static ProgressUpdateResponse of(ProgressUpdateView view) {
            var report = view.report();
            return new ProgressUpdateResponse(
                    view.id().value(),
                    view.action().value(),
                    report.reportedOn(),
                    report.status(),
                    report.progress(),
                    report.narrative(),
                    report.challenges(),
                    report.evidenceLinks(),
                    view.author(),
                    view.recordedAt(),
                    report.language());
        }
    }

    record CadenceBody(@NotNull @Min(1) @Max(36) Integer months) {}

    record MeetingBody(
            @NotNull LocalDate heldOn,
            @NotNull MeetingKind kind,
            @Size(max = 2_000) String participants,
            @NotBlank @Size(max = 20_000) String minutes,
            List<UUID> actions,

            @Schema(description = "ISO 639-1 code of the language the texts are written in; by default the plan's")
            @Size(max = 8)
            String language) {

        MeetingContent content() {
            return new MeetingContent(
                    heldOn,
                    kind,
                    participants,
                    minutes,
                    actions == null
                            ? List.of()
                            : actions.stream().map(ActionId::new).toList(),
                    language);
        }
    }

    record MeetingResponse(
            UUID id,
            LocalDate heldOn,
            MeetingKind kind,
            String participants,
            String minutes,
            List<UUID> actions,
            String recordedBy,
            String language) {

        static MeetingResponse of(MeetingView view) {
            var content = view.content();
            return new MeetingResponse(
                    view.id().value(),
                    content.heldOn(),
                    content.kind(),
                    content.participants(),
                    content.minutes(),
                    content.actions().stream().map(ActionId::value).toList(),
                    view.recordedBy(),
                    content.language());
        }
    }

    record Created(UUID id) {}

    record RowResponse(
            String key, String label, List<Integer> counts, int withoutTrack, int total, List<String> missingTracks) {

        static List<RowResponse> of(Matrix matrix) {
            return matrix.rows().stream()
                    .map(row -> new RowResponse(
                            row.key(), row.label(), row.counts(), row.withoutTrack(), row.total(), row.missingTracks()))
                    .toList();
        }
    }

    record CoverageResponse(
            UUID plan,
            int actions,
            int discontinued,
            List<Column> tracks,
            List<RowResponse> byCommitment,
            List<RowResponse> byFieldOfActivity,
            List<RowResponse> byDepartment,
            List<String> commitmentsWithoutAction,
            List<String> commitmentsLackingTracks,
            List<String> frameworkCommitmentsMissing,
            int actionsWithoutField,
            int actionsWithoutDepartment) {

        static CoverageResponse of(Coverage coverage) {
            return new CoverageResponse(
                    coverage.plan().value(),
                    coverage.actions(),
                    coverage.discontinued(),
                    coverage.tracks(),
                    RowResponse.of(coverage.byCommitment()),
                    RowResponse.of(coverage.byField()),
                    RowResponse.of(coverage.byDepartment()),
                    coverage.commitmentsWithoutAction().stream().map(Row::label).toList(),
                    coverage.commitmentsLackingTracks().stream().map(Row::label).toList(),
                    coverage.frameworkCommitmentsMissing(),
                    coverage.unassignedFields(),
                    coverage.unassignedDepartments());
        }
    }

    record ActionRefResponse(UUID id, String title) {}

    record ProgressResponse(Integer percent, int counted, List<ActionRefResponse> noData, int discontinued) {

        static ProgressResponse of(Progress progress) {
            return new ProgressResponse(
                    progress.percent(),
                    progress.counted(),
                    progress.noData().stream()
                            .map(action -> new ActionRefResponse(action.id().value(), action.title()))
                            .toList(),
                    progress.discontinued());
        }
    }

    record CommitmentProgressResponse(UUID id, String title, ProgressResponse progress) {}

    record PlanProgressResponse(
            UUID plan, String formula, ProgressResponse overall, List<CommitmentProgressResponse> commitments) {

        static PlanProgressResponse of(PlanProgress progress, String formula) {
            return new PlanProgressResponse(
                    progress.plan().value(),
                    formula,
                    ProgressResponse.of(progress.overall()),
                    progress.commitments().stream()
                            .map(commitment -> new CommitmentProgressResponse(
                                    commitment.id().value(),
                                    commitment.title(),
                                    ProgressResponse.of(commitment.progress())))
                            .toList());
        }
    }

    record AttentionItemResponse(
            UUID id,
            String title,
            List<String> departments,
            ActionStatus status,
            LocalDate end,
            LocalDate lastUpdate,
            LocalDate updateDue) {

        static List<AttentionItemResponse> of(List<AttentionItem> items) {
            return items.stream()
                    .map(item -> new AttentionItemResponse(
                            item.id().value(),
                            item.title(),
                            item.departments(),
                            item.status(),
                            item.end(),
                            item.lastUpdate(),
                            item.updateDue()))
                    .toList();
        }
    }

    record AttentionResponse(
            UUID plan,
            boolean tracked,
            List<AttentionItemResponse> overdueUpdates,
            List<AttentionItemResponse> delayed,
            List<AttentionItemResponse> pastEnd) {

        static AttentionResponse of(Attention attention) {
            return new AttentionResponse(
                    attention.plan().value(),
                    attention.tracked(),
                    AttentionItemResponse.of(attention.overdueUpdates()),
                    AttentionItemResponse.of(attention.delayed()),
                    AttentionItemResponse.of(attention.pastEnd()));
        }
    }

    @GetMapping("/api/v1/plans/{id}/coverage")
    @Operation(
            summary = "Actions by commitment, field of activity and responsible department, counted per track,"
                    + " with the gaps (discontinued actions are left out)")
    CoverageResponse coverage(@PathVariable UUID id, Locale locale) {
        return CoverageResponse.of(tracking.coverage(new PlanId(id), locale));
    }

    @GetMapping("/api/v1/plans/{id}/progress")
    @Operation(
            summary = "Progress per commitment and for the whole plan: the mean of the latest progress of the actions"
                    + " that have a figure (completed ones count 100 %), actions without a figure listed as no data,"
                    + " discontinued ones left out")
    PlanProgressResponse progress(@PathVariable UUID id, Locale locale) {
        return PlanProgressResponse.of(
                tracking.progress(new PlanId(id), locale), messages.getMessage("plan.progress.formula", null, locale));
    }

    @GetMapping("/api/v1/plans/{id}/attention")
    @Operation(summary = "Actions whose update is overdue, delayed actions and actions past their end (city only)")
    AttentionResponse attention(@PathVariable UUID id) {
        return AttentionResponse.of(tracking.attention(new PlanId(id), LocalDate.now(clock)));
    }

    @GetMapping("/api/v1/plans/{id}/actions/{actionId}/progress-updates")
    @Operation(summary = "The progress updates of an action, the latest first")
    List<ProgressUpdateResponse> progressUpdates(@PathVariable UUID id, @PathVariable UUID actionId) {
        return tracking
                .action(new PlanId(id), new ActionId(actionId), LocalDate.now(clock), Locale.ROOT)
                .updates()
                .stream()
                .map(ProgressUpdateResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/plans/{id}/actions/{actionId}/progress-updates")
    @Operation(
            summary = "Post a progress update (contacts of the action's departments and coordinators); the action's"
                    + " status and progress follow the latest update by date")
    ResponseEntity<Created> postProgressUpdate(
            @PathVariable UUID id, @PathVariable UUID actionId, @Valid @RequestBody ProgressUpdateBody body) {
        var created = tracking.postUpdate(new PlanId(id), new ActionId(actionId), body.report());
        return ResponseEntity.created(URI.create(
                        "/api/v1/plans/" + id + "/actions/" + actionId + "/progress-updates/" + created.value()))
                .body(new Created(created.value()));
    }

    @PutMapping("/api/v1/plans/{id}/actions/{actionId}/cadence")
    @Operation(summary = "Set how many months may pass between two progress updates of the action (coordinators)")
    ResponseEntity<Void> changeCadence(
            @PathVariable UUID id, @PathVariable UUID actionId, @Valid @RequestBody CadenceBody body) {
        tracking.changeCadence(new PlanId(id), new ActionId(actionId), body.months());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/plans/{id}/meetings")
    @Operation(summary = "Department meetings and yearly follow-ups of the plan, the latest first (city only)")
    List<MeetingResponse> meetings(@PathVariable UUID id) {
        return tracking.meetings(new PlanId(id)).stream()
                .map(MeetingResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/plans/{id}/meetings")
    @Operation(summary = "Record a meeting with its minutes and the actions it discussed (coordinators)")
    ResponseEntity<Created> recordMeeting(@PathVariable UUID id, @Valid @RequestBody MeetingBody body) {
        var created = tracking.recordMeeting(new PlanId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/meetings/" + created.value()))
                .body(new Created(created.value()));
    }
}
