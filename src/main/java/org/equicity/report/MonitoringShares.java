package org.equicity.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.report.Reports.AcceptedReportLink;
import org.equicity.shared.NetworkId;

/**
 * The monitoring chapter's network side: a network's secretariat asks the cities of a reporting cycle to share their
 * published monitoring in their reports, and the accepted reports' shares are compared across member cities. A
 * report shares only what its city published (see {@link ReportedMonitoring}); what it shared is frozen with each
 * submitted version.
 */
public interface MonitoringShares {

    /**
     * Asks the cycle's cities to share their published monitoring in their reports, or stops asking: a report
     * submitted from then on carries the city's published monitoring reports, or none. For the network's secretariat.
     */
    void ask(CycleId cycle, boolean asked);

    /**
     * What the report shares of its city's published monitoring: as its latest submitted version froze it while that
     * stands, otherwise as the city publishes it now; null where its cycle does not ask. For whoever may read the
     * report.
     */
    List<ReportedMonitoring> sharedBy(ReportId report);

    /**
     * The published monitoring that the network's accepted reports share, of one cycle or, when {@code cycle} is null,
     * of every cycle (the latest first), by city name. Public: only accepted reports count, and they carry nothing the
     * cities did not publish themselves.
     */
    List<SharedMonitoring> shared(NetworkId network, CycleId cycle);

    /**
     * Picks which of the city's published monitoring reports (by their programmes) the report shares; until it picks,
     * the report shares the latest edition of each. For the city's coordinators while the report is a draft or
     * returned; each programme must be a published monitoring report of the report's city.
     */
    void choose(ReportId report, List<UUID> programmes);

    /** The city's published monitoring reports, the latest first, each with whether the report shares it. */
    List<Choice> choices(ReportId report);

    /** A published monitoring report of the city, which a report shares or not. */
    record Choice(UUID programme, String title, LocalDate publishedOn, int edition, boolean shared) {}

    /** One monitoring report shared in an accepted report, read at {@code /cities/{citySlug}/reports/{id}}. */
    record SharedMonitoring(AcceptedReportLink report, ReportedMonitoring monitoring) {}
}
