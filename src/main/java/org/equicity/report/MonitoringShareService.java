package org.equicity.report;

import java.util.List;
import java.util.Objects;
import org.equicity.people.Access;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class MonitoringShareService implements MonitoringShares {

    private final ReportLookup lookup;
    private final ReportCounts counts;
    private final ReportExports exports;
    private final Access access;

    MonitoringShareService(ReportLookup lookup, ReportCounts counts, ReportExports exports, Access access) {
        this.lookup = lookup;
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
