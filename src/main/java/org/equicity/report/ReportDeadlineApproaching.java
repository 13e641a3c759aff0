package org.equicity.report;

import java.time.LocalDate;
import java.util.Objects;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.jspecify.annotations.Nullable;

/**
 * A city still owes its report of {@code cycle} and its deadline is a month or a week away or has passed
 * ({@code kind}); published once per city and kind by the daily reminder job, so that its coordinators are told.
 * {@code report} is null while the city has not started it.
 */
public record ReportDeadlineApproaching(
        CycleId cycle,
        String cycleName,
        NetworkId network,
        CityId city,
        @Nullable ReportId report,
        ReminderKind kind,
        LocalDate deadline,
        long daysLeft) {

    public ReportDeadlineApproaching {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(cycleName, "cycle name");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(deadline, "deadline");
    }
}
