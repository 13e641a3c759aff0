package org.equicity.report;

import java.util.Objects;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * The secretariat accepted a report: its actions are now {@linkplain Reports#acceptedActions(CycleId) accepted
 * actions}. Published in the accepting transaction, so listeners acting after commit see them.
 */
public record ReportAccepted(ReportId report, CycleId cycle, NetworkId network, CityId city) {

    public ReportAccepted {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(city, "city");
    }
}
