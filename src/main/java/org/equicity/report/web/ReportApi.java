package org.equicity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.report.CycleId;
import org.equicity.report.Explanation;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.ReportedActionId;
import org.equicity.report.Reports;
import org.equicity.report.Reports.CycleSummary;
import org.equicity.report.Reports.CycleView;
import org.equicity.report.Reports.FieldChange;
import org.equicity.report.Reports.ReportView;
import org.equicity.report.Reports.VersionSummary;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reporting cycles and city reports over HTTP. Cycles are for the network's secretariat; a report is for its city's
 * people and the secretariat of the cycle's network. Report updates carry the version they start from (409 when
 * stale); a submitted version never changes.
 */
@RestController
@Tag(name = "Network reporting")
class ReportApi {

    private final Reports reports;

    ReportApi(Reports reports) {
        this.reports = reports;
    }

    record Created(UUID id) {}

    record CycleSummaryResponse(
            UUID id, UUID network, String name, LocalDate periodFrom, LocalDate periodTo, LocalDate deadline) {

        static CycleSummaryResponse of(CycleSummary cycle) {
            return new CycleSummaryResponse(
                    cycle.id().value(),
                    cycle.network().value(),
                    cycle.name(),
                    cycle.periodFrom(),
                    cycle.periodTo(),
                    cycle.deadline());
        }
    }

    record ParticipantResponse(UUID city, String citySlug, String cityName, UUID report, String status) {}

    /** {@code monitoringAsked}: whether the cities' reports share their published monitoring. */
    record CycleResponse(
            CycleSummaryResponse cycle,
            String framework,
            String criteria,
            boolean monitoringAsked,
            List<ParticipantResponse> participants) {

        static CycleResponse of(CycleView cycle) {
            return new CycleResponse(
                    CycleSummaryResponse.of(cycle.summary()),
                    cycle.framework().toString(),
                    cycle.criteria().toString(),
                    cycle.monitoringAsked(),
                    cycle.participants().stream()
                            .map(p -> new ParticipantResponse(
                                    p.city().value(),
                                    p.citySlug(),
                                    p.cityName(),
                                    p.report() == null ? null : p.report().value(),
                                    p.status() == null ? null : p.status().name()))
                            .toList());
        }
    }

    record NewCycleBody(
            @NotBlank @Size(max = 200) String name,
            @NotNull LocalDate periodFrom,
            @NotNull LocalDate periodTo,
            @NotNull LocalDate deadline,
            List<@NotNull UUID> cities,
            @Size(max = 160) String framework,
            @Size(max = 160) String criteria) {}

    record NewReportBody(@NotNull UUID city) {}

    /** {@code id} names an action already in the report, to keep it across edits; empty for a new one. */
    record ActionBody(
            UUID id,
            UUID planAction,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 10_000) String objectives,
            @Size(max = 10_000) String methods,
            @Size(max = 200) String duration,
            @Size(max = 10_000) String impact,
            @Size(max = 500) String department,
            @Size(max = 100) String commitment,
            List<@Size(max = 100) String> fieldsOfActivity,
            @Size(max = 100) String track,
            ActionStatus status,
            @Min(0) @Max(100) Integer progress,
            List<@Size(max = 1_000) String> evidenceLinks) {

        ReportedAction action() {
            return new ReportedAction(
                    id == null ? null : new ReportedActionId(id),
                    planAction == null ? null : new ActionId(planAction),
                    title,
                    objectives,
                    methods,
                    duration,
                    impact,
                    department,
                    commitment,
                    fieldsOfActivity,
                    track,
                    status,
                    progress,
                    evidenceLinks);
        }
    }

    record ExplanationBody(
            @NotBlank @Size(max = 100) String commitment,
            @NotBlank @Size(max = 5_000) String text) {}

    record ReportBody(
            @NotNull Long version,
            @NotBlank @Size(max = 10) String language,
            Level1Profile level1,
            List<@Valid @NotNull ActionBody> actions,
            List<@Valid @NotNull ExplanationBody> explanations) {

        ReportContent content() {
            return new ReportContent(
                    language,
                    level1,
                    actions == null
                            ? List.of()
                            : actions.stream().map(ActionBody::action).toList(),
                    explanations == null
                            ? List.of()
                            : explanations.stream()
                                    .map(e -> new Explanation(e.commitment(), e.text()))
                                    .toList());
        }
    }

    record ReportResponse(
            UUID id,
            CycleSummaryResponse cycle,
            UUID city,
            String status,
            Instant statusChangedAt,
            long version,
            ReportContent content,
            List<FieldChange> level1Changes,
            List<String> commitmentsWithoutActionOrExplanation,
            List<ReportedAction> candidates,
            List<VersionSummary> versions) {

        static ReportResponse of(ReportView report) {
            return new ReportResponse(
                    report.id().value(),
                    CycleSummaryResponse.of(report.cycle()),
                    report.city().value(),
                    report.status().name(),
                    report.statusChangedAt(),
                    report.version(),
                    report.content(),
                    report.level1Changes(),
                    report.missingExplanations().stream()
                            .map(Reports.CommitmentGroup::code)
                            .toList(),
                    report.candidates(),
                    report.versions());
        }
    }

    record SubmissionBody(@NotNull Long version) {}

    record ReturnBody(@NotBlank @Size(max = 10_000) String comments) {}

    record Comparison(int from, int to, List<FieldChange> changes) {}

    @GetMapping("/api/v1/networks/{id}/cycles")
    @Operation(summary = "The network's reporting cycles (for its secretariat)")
    List<CycleSummaryResponse> cycles(@PathVariable UUID id) {
        return reports.cyclesOf(new NetworkId(id)).stream()
                .map(CycleSummaryResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/networks/{id}/cycles")
    @Operation(summary = "Open a reporting cycle; without cities, all current members take part")
    ResponseEntity<Created> openCycle(@PathVariable UUID id, @Valid @RequestBody NewCycleBody body) {
        var cycle = reports.openCycle(new Reports.NewCycle(
                new NetworkId(id),
                body.name(),
                body.periodFrom(),
                body.periodTo(),
                body.deadline(),
                body.cities() == null
                        ? List.of()
                        : body.cities().stream().map(CityId::new).toList(),
                framework(body.framework()),
                framework(body.criteria())));
        return ResponseEntity.created(URI.create("/api/v1/cycles/" + cycle.value()))
                .body(new Created(cycle.value()));
    }

    @GetMapping("/api/v1/cycles/{id}")
    @Operation(summary = "A cycle with its participating cities and where their reports stand")
    CycleResponse cycle(@PathVariable UUID id) {
        return CycleResponse.of(reports.cycle(new CycleId(id)));
    }

    @GetMapping("/api/v1/cycles/{id}/reports")
    @Operation(summary = "The participating cities' reports and their status")
    List<ParticipantResponse> cycleReports(@PathVariable UUID id) {
        return cycle(id).participants();
    }

    @PostMapping("/api/v1/cycles/{id}/reports")
    @Operation(summary = "Start the city's report, prefilled from its profile and plans")
    ResponseEntity<Created> startReport(@PathVariable UUID id, @Valid @RequestBody NewReportBody body) {
        var report = reports.startReport(new CycleId(id), new CityId(body.city()));
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.value()))
                .body(new Created(report.value()));
    }

    @GetMapping("/api/v1/reports/{id}")
    @Operation(summary = "A report with its Level 1 changes, completeness, candidates and versions")
    ReportResponse report(@PathVariable UUID id) {
        return ReportResponse.of(reports.report(new ReportId(id)));
    }

    @PutMapping("/api/v1/reports/{id}")
    @Operation(summary = "Replace the report's content (draft or returned reports only)")
    ReportResponse update(@PathVariable UUID id, @Valid @RequestBody ReportBody body) {
        reports.update(new ReportId(id), body.version(), body.content());
        return report(id);
    }

    @PostMapping("/api/v1/reports/{id}/submission")
    @Operation(summary = "Submit the report: its content is frozen as a new version")
    ReportResponse submit(@PathVariable UUID id, @Valid @RequestBody SubmissionBody body) {
        reports.submit(new ReportId(id), body.version());
        return report(id);
    }

    @PostMapping("/api/v1/reports/{id}/acceptance")
    @Operation(summary = "Accept the submitted report (network secretariat)")
    ReportResponse accept(@PathVariable UUID id) {
        reports.accept(new ReportId(id));
        return report(id);
    }

    @PostMapping("/api/v1/reports/{id}/return")
    @Operation(summary = "Return the submitted report for revision, with comments (network secretariat)")
    ReportResponse returnForRevision(@PathVariable UUID id, @Valid @RequestBody ReturnBody body) {
        reports.returnForRevision(new ReportId(id), body.comments());
        return report(id);
    }

    @GetMapping("/api/v1/reports/{id}/versions")
    @Operation(summary = "The submitted versions with the secretariat's decisions")
    List<VersionSummary> versions(@PathVariable UUID id) {
        return reports.versions(new ReportId(id));
    }

    @GetMapping("/api/v1/reports/{id}/versions/{number}")
    @Operation(summary = "The content of one submitted version, as frozen at submission")
    ReportContent version(@PathVariable UUID id, @PathVariable int number) {
        return reports.versionContent(new ReportId(id), number);
    }

    @GetMapping("/api/v1/reports/{id}/comparison")
    @Operation(summary = "The fields that differ between two submitted versions")
    Comparison compare(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
        return new Comparison(from, to, reports.compare(new ReportId(id), from, to));
    }

    private static FrameworkRef framework(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return FrameworkRef.parse(text.strip());
        } catch (IllegalArgumentException notAReference) {
            throw new RuleViolationException("report.rule.framework", text);
        }
    }
}
