package org.equicity.report;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.people.Access;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MonitoringShareService implements MonitoringShares {

    private final ReportLookup lookup;
    private final ReportCounts counts;
    private final ReportExports exports;
    private final ReportMonitoring monitoring;
    private final Access access;

    MonitoringShareService(
            ReportLookup lookup,
            ReportCounts counts,
            ReportExports exports,
            ReportMonitoring monitoring,
            Access access) {
        this.lookup = lookup;
        this.monitoring = monitoring;
        this.exports = exports;
        this.counts = counts;
        this.access = access;
    }

    @Override
    public void ask(CycleId id, boolean asked) {
        var cycle = lookup.cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        cycle.askForMonitoring(asked);
    }

    @Override
    public void choose(ReportId id, List<UUID> programmes) {
        var report = lookup.reportOf(id);
        access.requireCityManagement(report.city());
        var published = monitoring.publishedBy(report.city());
        if (programmes.stream().anyMatch(programme -> programme == null || !published.contains(programme))) {
            // every id sent must be the city's own published report: nothing else can be shared in its name
            throw RuleViolationException.about("programmes", "report.rule.monitoring-not-published");
        }
        report.shareMonitoring(programmes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> choices(ReportId id) {
        var report = lookup.reportOf(id);
        lookup.requireReportReader(report, lookup.cycleOf(report.cycle()));
        return monitoring.choices(report);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportedMonitoring> sharedBy(ReportId report) {
        return exports.export(report).monitoring();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SharedMonitoring> shared(NetworkId network, CycleId cycle) {
        return counts.acceptedReportsOf(network, cycle).stream()
                .flatMap(link -> {
                    var versions = lookup.versionsOf(link.id());
                    // the accepted report is its latest version, as the public reads it
                    var shared = versions.get(versions.size() - 1).monitoring();
                    return Objects.requireNonNullElse(shared, List.<ReportedMonitoring>of()).stream()
                            .map(monitoring -> new SharedMonitoring(link, monitoring));
                })
                .toList();
    }
}
