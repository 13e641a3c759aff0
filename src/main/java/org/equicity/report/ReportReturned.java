package org.equicity.report;

import java.util.Objects;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/**
 * The secretariat returned a submitted report to its city for revision, with {@code reason}, the comments the city
 * is to answer. Published in the deciding transaction.
 */
public record ReportReturned(ReportId report, CycleId cycle, NetworkId network, CityId city, String reason) {

    public ReportReturned {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(reason, "reason");
    }
}
