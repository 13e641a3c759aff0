package org.equicity.indicator;

import java.math.BigDecimal;
import org.equicity.indicator.Indicators.Target;

/** How far the latest figure is on the way to the target, and by which method that was judged. */
public record Progression(
        ProgressStatus status,
        ProgressMethod method,
        Period latestPeriod,
        BigDecimal latest,
        Target target,
        Double actualRate,
        Double requiredRate) {

    public static Progression noData() {
        return new Progression(ProgressStatus.NO_DATA, ProgressMethod.NONE, null, null, null, null, null);
    }

    public enum ProgressStatus {
        ON_TRACK,
        MODERATE,
        OFF_TRACK,
        NO_DATA
    }

    /**
     * How progress was computed, shown beside it: the compound annual growth rate of the figures against the rate the
     * target needs (as open SDG platforms compute it), a linear rate where a figure is zero or negative, whether a
     * figure lies inside a target band, or that the target is reached.
     */
    public enum ProgressMethod {
        CAGR,
        LINEAR,
        BAND,
        REACHED,
        NONE
    }
}
