package org.equicity.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.MonitoringReports.Finding;
import org.equicity.monitoring.MonitoringReports.MonitoringReport;
import org.equicity.monitoring.MonitoringReports.PublishedReport;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.monitoring.MonitoringReports.ReportText;
import org.equicity.monitoring.MonitoringReports.Section;
import org.equicity.monitoring.MonitoringReports.StatementText;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Monitoring reports over HTTP. A city's published reports are public: their summaries and recommendations, never
 * the sections, the confidential findings or the statements. The whole report is for the city's people (a
 * department's contacts read their own department's findings only); the coordinators write it and move it on.
 */
@RestController
@Tag(name = "Monitoring: reports")
class MonitoringReportApi {

    private final MonitoringReports reports;

    MonitoringReportApi(MonitoringReports reports) {
        this.reports = reports;
    }

    record SectionBody(
            @NotBlank @Size(max = 300) String heading,
            @NotBlank @Size(max = 50_000) String text) {}

    record FindingBody(
            @NotNull UUID department,
            @NotBlank @Size(max = 50_000) String text) {}

    record RecommendationBody(
            @NotBlank @Size(max = 10_000) String text,
            @Nullable UUID addressee,
            @Nullable @Size(max = 300) String addresseeBody,
            @NotBlank @Size(max = 300) String followUpContact,
            @NotNull LocalDate due) {}

    record ReportBody(
            @NotBlank @Size(max = 300) String title,
            @Nullable @Size(max = 100) List<@Valid @NotNull SectionBody> sections,
            @Nullable @Size(max = 500) List<@Valid @NotNull FindingBody> findings,
            @Nullable @Size(max = 500) List<@Valid @NotNull RecommendationBody> recommendations,
            @Nullable @Size(max = 20_000) String publicSummary,
            @Nullable @Size(max = 20_000) String easyToRead,
            @NotNull Long version) {

        ReportText text() {
            return new ReportText(
                    title,
                    sections == null
                            ? List.of()
                            : sections.stream()
                                    .map(s -> new Section(s.heading(), s.text()))
                                    .toList(),
                    findings == null
                            ? List.of()
                            : findings.stream()
                                    .map(f -> new Finding(new DepartmentId(f.department()), f.text()))
                                    .toList(),
                    recommendations == null
                            ? List.of()
                            : recommendations.stream()
                                    .map(r -> new Recommendation(
                                            r.text(),
                                            r.addressee() == null ? null : new DepartmentId(r.addressee()),
                                            r.addresseeBody(),
                                            r.followUpContact(),
                                            r.due()))
                                    .toList(),
                    publicSummary,
                    easyToRead);
        }
    }

    record VersionBody(@NotNull Long version) {}

    record StatementsBody(@NotNull Long version, @NotNull LocalDate deadline) {}

    record StatementBody(
            @NotNull UUID department,
            @NotBlank @Size(max = 20_000) String statement,
            boolean divergent) {}

    record CouncilBody(
            @NotNull Long version,
            @NotNull LocalDate presentedOn,
            @NotBlank @Size(max = 2_000) String decision) {}

    @GetMapping("/api/v1/cities/{id}/monitoring/reports")
    @Operation(
            summary = "The city's published monitoring reports (public)",
            description = "Title, public summary, easy-to-read summary and recommendations with their addressee,"
                    + " follow-up contact and due date; the detailed findings per department never leave the city.")
    List<PublishedReport> published(@PathVariable UUID id) {
        return reports.published(new CityId(id));
    }

    @GetMapping("/api/v1/monitoring/programmes/{id}/report")
    @Operation(summary = "A programme's report with its stage and statements (the city's people)")
    MonitoringReport report(@PathVariable UUID id) {
        return reports.report(new ProgrammeId(id));
    }

    @PutMapping("/api/v1/monitoring/programmes/{id}/report")
    @Operation(summary = "Write the report, with the version read (0 for a new one) (coordinators)")
    ResponseEntity<Void> write(@PathVariable UUID id, @Valid @RequestBody ReportBody body) {
        reports.write(new ProgrammeId(id), body.version(), body.text());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/report/discussion")
    @Operation(summary = "Record that the steering group discussed the draft (coordinators)")
    ResponseEntity<Void> recordDiscussion(@PathVariable UUID id, @Valid @RequestBody VersionBody body) {
        reports.recordDiscussion(new ProgrammeId(id), body.version());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/report/statements-request")
    @Operation(summary = "Ask the departments addressed for their statements by a deadline (coordinators)")
    ResponseEntity<Void> askForStatements(@PathVariable UUID id, @Valid @RequestBody StatementsBody body) {
        reports.askForStatements(new ProgrammeId(id), body.version(), body.deadline());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/report/statements")
    @Operation(summary = "Attach a department's statement, a divergent opinion among them (that department's contacts)")
    ResponseEntity<Void> attachStatement(@PathVariable UUID id, @Valid @RequestBody StatementBody body) {
        reports.attachStatement(
                new ProgrammeId(id),
                new DepartmentId(body.department()),
                new StatementText(body.statement(), body.divergent()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/report/council")
    @Operation(summary = "Record the presentation to the council and its decision (coordinators)")
    ResponseEntity<Void> recordCouncilPresentation(@PathVariable UUID id, @Valid @RequestBody CouncilBody body) {
        reports.recordCouncilPresentation(new ProgrammeId(id), body.version(), body.presentedOn(), body.decision());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/report/publication")
    @Operation(summary = "Publish the summary and the recommendations on the city's public page (coordinators)")
    ResponseEntity<Void> publish(@PathVariable UUID id, @Valid @RequestBody VersionBody body) {
        reports.publish(new ProgrammeId(id), body.version());
        return ResponseEntity.noContent().build();
    }
}
