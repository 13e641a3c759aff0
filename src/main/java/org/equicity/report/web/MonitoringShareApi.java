package org.equicity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.equicity.report.CycleId;
import org.equicity.report.MonitoringShares;
import org.equicity.report.Reports;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat asks a cycle's cities to share their published monitoring in their reports, or stops asking. */
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
}
