package org.equicity.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.FollowUps;
import org.equicity.monitoring.FollowUps.FollowUpNote;
import org.equicity.monitoring.FollowUps.RecommendationId;
import org.equicity.monitoring.FollowUps.Status;
import org.equicity.monitoring.FollowUps.TrackedRecommendation;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-up of published recommendations, and the next edition of a programme, over HTTP: for the city's people
 * to read, its coordinators to change.
 */
@RestController
@Tag(name = "Monitoring: follow-up and editions")
class FollowUpApi {

    private final FollowUps followUps;
    private final Monitoring monitoring;

    FollowUpApi(FollowUps followUps, Monitoring monitoring) {
        this.followUps = followUps;
        this.monitoring = monitoring;
    }

    record StatusBody(
            @NotNull Long version,
            @NotNull Status status,
            @Nullable @Size(max = 2_000) String reason) {}

    record FollowUpBody(
            @NotNull LocalDate heldOn,

            @Schema(description = "A code of the data file monitoring-follow-up-methods@2026") @NotBlank @Size(max = 80)
            String method,

            @NotBlank @Size(max = 20_000) String notes) {}

    record ActionBody(@NotNull UUID plan, @NotNull UUID commitment) {}

    @GetMapping("/api/v1/monitoring/programmes/{id}/recommendations")
    @Operation(summary = "The published report's recommendations with their follow-up (the city's people)")
    List<TrackedRecommendation> recommendations(@PathVariable UUID id) {
        return followUps.ofProgramme(new ProgrammeId(id));
    }

    @PostMapping("/api/v1/monitoring/recommendations/{id}/status")
    @Operation(
            summary = "Move a recommendation's status on (coordinators)",
            description = "Open → in progress → implemented; open or in progress → not accepted, with a reason;"
                    + " not accepted → open. Other steps are refused (422).")
    ResponseEntity<Void> changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusBody body) {
        followUps.changeStatus(new RecommendationId(id), body.version(), body.status(), body.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/recommendations/{id}/follow-ups")
    @Operation(summary = "Record a follow-up by one of the chapter's methods (coordinators)")
    ResponseEntity<Void> recordFollowUp(@PathVariable UUID id, @Valid @RequestBody FollowUpBody body) {
        followUps.recordFollowUp(
                new RecommendationId(id), new FollowUpNote(body.heldOn(), body.method(), body.notes()));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/recommendations/" + id))
                .build();
    }

    @GetMapping("/api/v1/monitoring/recommendations/{id}")
    @Operation(summary = "A recommendation with its follow-up (the city's people)")
    TrackedRecommendation recommendation(@PathVariable UUID id) {
        return followUps.recommendation(new RecommendationId(id));
    }

    @PostMapping("/api/v1/monitoring/recommendations/{id}/action")
    @Operation(
            summary = "Make the recommendation an action of one of the city's plans, under a commitment (coordinators)")
    ResponseEntity<MonitoringApi.Created> turnIntoAction(@PathVariable UUID id, @Valid @RequestBody ActionBody body) {
        var action = followUps.turnIntoAction(
                new RecommendationId(id), new PlanId(body.plan()), new CommitmentId(body.commitment()));
        return ResponseEntity.created(URI.create("/api/v1/plans/" + body.plan() + "/actions/" + action.value()))
                .body(new MonitoringApi.Created(action.value()));
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/next-edition")
    @Operation(
            summary = "Start the next edition from this one (coordinators)",
            description = "The same content and indicators, the steering group's mandate and current members, and the"
                    + " information requests prepared again with a deadline one cycle later.")
    ResponseEntity<MonitoringApi.Created> startNextEdition(@PathVariable UUID id) {
        var next = monitoring.startNextEdition(new ProgrammeId(id));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/programmes/" + next.value()))
                .body(new MonitoringApi.Created(next.value()));
    }
}
