package org.equicity.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.equicity.practice.PracticeChanged;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.DesignatedCount;
import org.equicity.practice.PracticesChanged;
import org.equicity.report.CycleId;
import org.equicity.report.ReportAccepted;
import org.equicity.report.Reports;
import org.equicity.report.Reports.ActionCount;
import org.equicity.report.Reports.ActionDimension;
import org.equicity.shared.NetworkId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The counts of accepted actions and designated practices behind a network's statistics, kept between requests:
 * counting a large network's actions takes most of a second, and they change only when a report is accepted or a
 * practice changes, which clears them on this node once committed (in the background, so a page asked for at the same
 * moment may still show the counts from before). The other nodes of a deployment hear of neither,
 * so every entry also expires after {@code equicity.statistics.counts-lifetime}.
 */
@Component
class AcceptedCounts {

    record Tally(
            List<ActionCount> byCommitment,
            List<ActionCount> byTrack,
            List<ActionCount> byField,
            List<DesignatedCount> designated,
            Instant countedAt) {}

    private record Key(NetworkId network, CycleId cycle) {}

    private final Map<Key, Tally> tallies = new ConcurrentHashMap<>();
    private final Reports reports;
    private final Practices practices;
    private final Duration lifetime;
    private final Clock clock;

    AcceptedCounts(
            Reports reports,
            Practices practices,
            @Value("${equicity.statistics.counts-lifetime:PT5M}") Duration lifetime,
            Clock clock) {
        this.clock = clock;
        this.reports = reports;
        this.practices = practices;
        this.lifetime = lifetime;
    }

    /** @param cycle null for all cycles */
    Tally of(NetworkId network, CycleId cycle) {
        var key = new Key(network, cycle);
        var kept = tallies.get(key);
        if (kept != null && kept.countedAt().plus(lifetime).isAfter(clock.instant())) {
            return kept;
        }
        var counted = new Tally(
                reports.acceptedActionCounts(network, cycle, ActionDimension.COMMITMENT),
                reports.acceptedActionCounts(network, cycle, ActionDimension.TRACK),
                reports.acceptedActionCounts(network, cycle, ActionDimension.FIELD_OF_ACTIVITY),
                practices.designatedByCommitment(network),
                clock.instant());
        tallies.put(key, counted);
        return counted;
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(ReportAccepted accepted) {
        forget();
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(PracticeChanged changed) {
        forget();
    }

    @ApplicationModuleListener(readOnlyTransaction = true)
    void on(PracticesChanged changed) {
        forget();
    }

    void forget() {
        tallies.clear();
    }
}
