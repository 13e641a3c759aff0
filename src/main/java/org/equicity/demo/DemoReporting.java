package org.equicity.demo;

import java.time.LocalDate;
import java.util.List;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.report.Explanation;
import org.equicity.report.MonitoringShares;
import org.equicity.report.ReportContent;
import org.equicity.report.Reports;
import org.springframework.stereotype.Component;

/**
 * A reporting cycle of the demo network that asks its cities to share their published monitoring, and Beispielstadt's
 * accepted report in it, which shares the monitoring report the city picked: the network's statistics then compare it.
 */
@Component
class DemoReporting {

    private final Reports reports;
    private final MonitoringShares shares;

    DemoReporting(Reports reports, MonitoringShares shares) {
        this.reports = reports;
        this.shares = shares;
    }

    void cycleSharingMonitoring(NetworkDetails network, CitySummary reporting) {
        var cycle = reports.openCycle(new Reports.NewCycle(
                network.id(),
                "Berichtszyklus 2024–2025",
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31),
                LocalDate.of(2026, 3, 31),
                List.of(),
                null,
                null));
        shares.ask(cycle, true);
        var report = reports.startReport(cycle, reporting.id());
        var view = reports.report(report);
        var explanations = view.missingExplanations().stream()
                .map(group -> new Explanation(group.code(), "In diesem Zeitraum keine eigene Maßnahme."))
                .toList();
        var content = view.content();
        reports.update(
                report,
                view.version(),
                new ReportContent(content.language(), content.level1(), content.actions(), explanations));
        // the city picks what its report shares: its latest published monitoring report, picked rather than defaulted
        shares.choose(
                report,
                shares.choices(report).stream()
                        .limit(1)
                        .map(MonitoringShares.Choice::programme)
                        .toList());
        reports.submit(report, reports.report(report).version());
        reports.accept(report);
    }
}
