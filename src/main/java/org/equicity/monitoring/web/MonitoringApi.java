package org.equicity.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.Budget;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.Decision;
import org.equicity.monitoring.Monitoring.MeetingNotes;
import org.equicity.monitoring.Monitoring.MemberId;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.monitoring.Monitoring.ProgrammeSummary;
import org.equicity.monitoring.Monitoring.ProgrammeView;
import org.equicity.monitoring.Monitoring.SteeringGroup;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A city's monitoring programmes and their steering groups over HTTP: for the city's people, written by its
 * coordinators. Nothing here is public; another city's people are refused (403).
 */
@RestController
@Tag(name = "Monitoring: programmes and steering groups")
class MonitoringApi {

    private final Monitoring monitoring;

    MonitoringApi(Monitoring monitoring) {
        this.monitoring = monitoring;
    }

    record BudgetBody(
            @NotNull Integer year,
            @Nullable BigDecimal staffPositions,
            @Nullable BigDecimal externalServices) {}

    record ProgrammeBody(
            @Schema(description = "A code of the data file monitoring-kinds@2026") @NotBlank @Size(max = 80)
            String kind,

            @NotBlank @Size(max = 300) String title,
            @Nullable @Size(max = 300) String decisionBody,
            @Nullable LocalDate decisionDate,
            @Nullable @Size(max = 1_000) String decisionDocument,
            @Nullable @Size(max = 10_000) String mandate,
            @Nullable @Size(max = 50) List<@Valid BudgetBody> budget,

            @Schema(description = "ISO 4217 currency of the budget; EUR when left out") @Nullable @Size(max = 3)
            String currency,

            @NotNull DataCollector collectedBy,
            @Nullable @Size(max = 300) String institution,
            @NotNull Cycle cycle,

            @Schema(description = "Codes of the data file monitoring-topics@2026") @Nullable @Size(max = 100)
            List<String> topics,

            @Schema(description = "The city's indicators on their own (not a plan's)") @Nullable @Size(max = 200)
            List<UUID> indicators,

            @Schema(description = "The version read; required when changing a programme") @Nullable
            Long version) {

        ProgrammeContent content() {
            return new ProgrammeContent(
                    kind,
                    title,
                    new Decision(decisionBody, decisionDate, decisionDocument),
                    mandate,
                    budget == null
                            ? List.of()
                            : budget.stream()
                                    .map(line ->
                                            new Budget(line.year(), line.staffPositions(), line.externalServices()))
                                    .toList(),
                    currency == null ? "EUR" : currency,
                    collectedBy,
                    institution,
                    cycle,
                    topics == null ? List.of() : topics,
                    indicators == null
                            ? List.of()
                            : indicators.stream().map(IndicatorId::new).toList());
        }
    }

    record Created(UUID id) {}

    record ProgrammeOut(
            UUID id,
            UUID city,
            long version,
            String kind,
            String title,
            @Nullable String decisionBody,
            @Nullable LocalDate decisionDate,
            @Nullable String decisionDocument,
            @Nullable String mandate,
            List<BudgetBody> budget,
            String currency,
            DataCollector collectedBy,
            @Nullable String institution,
            Cycle cycle,
            List<String> topics,
            List<UUID> indicators,
            int edition,
            @Nullable UUID previous,
            @Nullable UUID next) {

        static ProgrammeOut of(ProgrammeView view) {
            var content = view.content();
            return new ProgrammeOut(
                    view.id().value(),
                    view.city().value(),
                    view.version(),
                    content.kind(),
                    content.title(),
                    content.decision().body(),
                    content.decision().date(),
                    content.decision().document(),
                    content.mandate(),
                    content.budget().stream()
                            .map(line -> new BudgetBody(line.year(), line.staffPositions(), line.externalServices()))
                            .toList(),
                    content.currency(),
                    content.collectedBy(),
                    content.institution(),
                    content.cycle(),
                    content.topics(),
                    content.indicators().stream().map(IndicatorId::value).toList(),
                    view.edition(),
                    view.previous() == null ? null : view.previous().value(),
                    view.next() == null ? null : view.next().value());
        }
    }

    record MandateBody(
            @Nullable @Size(max = 10_000) String mandate,
            @NotNull Long version) {}

    record MemberBody(
            @NotBlank @Size(max = 200) String name,
            @Nullable @Size(max = 300) String organisation,
            @Nullable @Size(max = 200) String role,

            @Schema(description = "A code of the data file eccar-actor-groups@2023") @NotBlank @Size(max = 80)
            String actorGroup,

            @NotNull LocalDate joinedOn,

            @Schema(description = "The member this one succeeds, who leaves the day this one joins") @Nullable
            UUID succeeds) {}

    record DepartureBody(@NotNull LocalDate leftOn) {}

    record MeetingBody(
            @NotNull LocalDate heldOn,
            @Nullable @Size(max = 2_000) String participants,
            @NotBlank @Size(max = 20_000) String minutes) {}

    record MemberOut(
            UUID id,
            String name,
            @Nullable String organisation,
            @Nullable String role,
            String actorGroup,
            LocalDate joinedOn,
            @Nullable LocalDate leftOn,
            @Nullable UUID succeeds) {}

    record MeetingOut(UUID id, LocalDate heldOn, @Nullable String participants, String minutes) {}

    record SteeringGroupOut(
            UUID programme,
            long version,
            @Nullable String mandate,
            List<MemberOut> members,
            List<MeetingOut> meetings) {

        static SteeringGroupOut of(SteeringGroup group) {
            return new SteeringGroupOut(
                    group.programme().value(),
                    group.version(),
                    group.mandate(),
                    group.members().stream()
                            .map(m -> new MemberOut(
                                    m.id().value(),
                                    m.name(),
                                    m.organisation(),
                                    m.role(),
                                    m.actorGroup(),
                                    m.joinedOn(),
                                    m.leftOn(),
                                    m.succeeds() == null ? null : m.succeeds().value()))
                            .toList(),
                    group.meetings().stream()
                            .map(m -> new MeetingOut(
                                    m.id().value(),
                                    m.notes().heldOn(),
                                    m.notes().participants(),
                                    m.notes().minutes()))
                            .toList());
        }
    }

    @GetMapping("/api/v1/cities/{id}/monitoring/programmes")
    @Operation(summary = "The city's monitoring programmes (the city's people)")
    List<ProgrammeSummary> programmes(@PathVariable UUID id) {
        return monitoring.programmes(new CityId(id));
    }

    @PostMapping("/api/v1/cities/{id}/monitoring/programmes")
    @Operation(summary = "Set up a monitoring programme of the city (coordinators)")
    ResponseEntity<Created> setUp(@PathVariable UUID id, @Valid @RequestBody ProgrammeBody body) {
        var programme = monitoring.setUp(new CityId(id), body.content());
        return ResponseEntity.created(URI.create("/api/v1/monitoring/programmes/" + programme.value()))
                .body(new Created(programme.value()));
    }

    @GetMapping("/api/v1/monitoring/programmes/{id}")
    @Operation(summary = "A monitoring programme (the city's people)")
    ProgrammeOut programme(@PathVariable UUID id) {
        return ProgrammeOut.of(monitoring.programme(new ProgrammeId(id)));
    }

    @PutMapping("/api/v1/monitoring/programmes/{id}")
    @Operation(summary = "Change a monitoring programme, with the version read (coordinators)")
    ResponseEntity<Void> revise(@PathVariable UUID id, @Valid @RequestBody ProgrammeBody body) {
        monitoring.revise(new ProgrammeId(id), body.version() == null ? -1 : body.version(), body.content());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/monitoring/programmes/{id}/steering-group")
    @Operation(
            summary = "A programme's steering group",
            description = "Its mandate and members for the city's people; the meetings and their minutes, internal"
                    + " documents, only for the coordinators (an empty list for everyone else).")
    SteeringGroupOut steeringGroup(@PathVariable UUID id) {
        return SteeringGroupOut.of(monitoring.steeringGroup(new ProgrammeId(id)));
    }

    @PutMapping("/api/v1/monitoring/programmes/{id}/steering-group/mandate")
    @Operation(summary = "Give the steering group its mandate, with the programme's version read (coordinators)")
    ResponseEntity<Void> mandate(@PathVariable UUID id, @Valid @RequestBody MandateBody body) {
        monitoring.mandateSteeringGroup(
                new ProgrammeId(id), body.version(), body.mandate() == null ? "" : body.mandate());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/steering-group/members")
    @Operation(summary = "Appoint a member of the steering group, or a successor (coordinators)")
    ResponseEntity<Created> appoint(@PathVariable UUID id, @Valid @RequestBody MemberBody body) {
        var member = monitoring.appoint(
                new ProgrammeId(id),
                new Appointment(
                        body.name(),
                        body.organisation(),
                        body.role(),
                        body.actorGroup(),
                        body.joinedOn(),
                        body.succeeds() == null ? null : new MemberId(body.succeeds())));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/programmes/" + id + "/steering-group"))
                .body(new Created(member.value()));
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/steering-group/members/{memberId}/departure")
    @Operation(summary = "Record that a member left the steering group (coordinators)")
    ResponseEntity<Void> recordDeparture(
            @PathVariable UUID id, @PathVariable UUID memberId, @Valid @RequestBody DepartureBody body) {
        monitoring.recordDeparture(new ProgrammeId(id), new MemberId(memberId), body.leftOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/steering-group/meetings")
    @Operation(summary = "Record a meeting of the steering group with its minutes (coordinators)")
    ResponseEntity<Created> recordMeeting(@PathVariable UUID id, @Valid @RequestBody MeetingBody body) {
        var meeting = monitoring.recordMeeting(
                new ProgrammeId(id), new MeetingNotes(body.heldOn(), body.participants(), body.minutes()));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/programmes/" + id + "/steering-group"))
                .body(new Created(meeting.value()));
    }
}
