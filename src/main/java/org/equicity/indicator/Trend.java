package org.equicity.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How an indicator's latest total moved since the total before it. */
public enum Trend {
    RISING,
    FALLING,
    STEADY;

    /** The trend of the last two of {@code totals} (oldest first), null with fewer than two. */
    static @Nullable Trend of(List<BigDecimal> totals) {
        if (totals.size() < 2) {
            return null;
        }
        int change = totals.get(totals.size() - 1).compareTo(totals.get(totals.size() - 2));
        return change > 0 ? RISING : change < 0 ? FALLING : STEADY;
    }
}
