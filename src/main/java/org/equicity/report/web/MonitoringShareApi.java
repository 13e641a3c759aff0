package org.equicity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.equicity.report.CycleId;
import org.equicity.report.MonitoringShares;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The secretariat asks a cycle's cities to share their published monitoring in their reports, or stops asking; a
 * city's coordinators pick which of its published monitoring reports its report shares.
 */
@RestController
@Tag(name = "Reports")
class MonitoringShareApi {

    private final MonitoringShares shares;
    private final Reports reports;

    MonitoringShareApi(MonitoringShares shares, Reports reports) {
        this.shares = shares;
        this.reports = reports;
    }

    record AskBody(@NotNull Boolean asked) {}

    /** {@code programmes}: the programmes of the city's published monitoring reports the report shares. */
    record ChooseBody(@NotNull @Size(max = 100) List<UUID> programmes) {}

    @PutMapping("/api/v1/cycles/{id}/monitoring")
    @Operation(
            summary = "Ask the cycle's cities to share their published monitoring in their reports (secretariat)",
            description = "Reports submitted from then on carry the city's published monitoring reports (property"
                    + " monitoring of /schemas/report/1.2.json): only what the city published, never confidential"
                    + " findings or statements. asked=false stops asking.")
    ReportApi.CycleResponse ask(@PathVariable UUID id, @Valid @RequestBody AskBody body) {
        shares.ask(new CycleId(id), body.asked());
        return ReportApi.CycleResponse.of(reports.cycle(new CycleId(id)));
    }

    @GetMapping("/api/v1/reports/{id}/monitoring")
    @Operation(
            summary = "The city's published monitoring reports and which of them the report shares",
            description = "Until the city picks, a report shares the latest published edition of each monitoring.")
    List<MonitoringShares.Choice> choices(@PathVariable UUID id) {
        return shares.choices(new ReportId(id));
    }

    @PutMapping("/api/v1/reports/{id}/monitoring")
    @Operation(
            summary = "Pick which published monitoring reports the report shares (the city's coordinators)",
            description = "programmes: ids of the city's own published monitoring reports (as listed by GET), none to"
                    + " share none. A submitted version keeps what it shared.")
    List<MonitoringShares.Choice> choose(@PathVariable UUID id, @Valid @RequestBody ChooseBody body) {
        shares.choose(new ReportId(id), body.programmes());
        return shares.choices(new ReportId(id));
    }
}
