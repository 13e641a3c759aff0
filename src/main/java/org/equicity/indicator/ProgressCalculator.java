package org.equicity.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Progression.ProgressMethod;
import org.equicity.indicator.Progression.ProgressStatus;

/**
 * Judges progress to the final target as open SDG platforms do: the compound annual growth rate from the baseline to
 * the latest total is compared with the rate that would reach the target on its date. At 95 % of the needed rate or
 * more an indicator is on track, from 50 % moderate, below (or moving away) off track. Where the baseline, the
 * latest figure or the target is zero or negative a growth rate means nothing, and the linear rate (change per year)
 * is compared instead; the method used is part of the result, so that pages show it beside the status.
 */
final class ProgressCalculator {

    static final double ON_TRACK = 0.95;
    static final double MODERATE = 0.5;

    private ProgressCalculator() {}

    /** @param totals the periods' total figures (cells with a value), by period */
    static Progression progression(Definition definition, NavigableMap<Period, BigDecimal> totals) {
        var baseline = definition.baseline();
        if (baseline == null || definition.targets().isEmpty() || totals.isEmpty()) {
            return Progression.noData();
        }
        var latest = totals.lastEntry();
        var target = definition.targets().get(definition.targets().size() - 1);
        double elapsed = years(baseline.on(), latest.getKey().end());
        double planned = years(baseline.on(), target.due());
        if (elapsed <= 0 || planned <= 0) {
            return Progression.noData();
        }
        double start = baseline.value().doubleValue();
        double now = latest.getValue().doubleValue();
        double goal = goal(definition.direction(), target, now);
        if (reached(definition.direction(), target, now)) {
            var method = definition.direction() == Direction.TARGET_BAND ? ProgressMethod.BAND : ProgressMethod.REACHED;
            return new Progression(
                    ProgressStatus.ON_TRACK, method, latest.getKey(), latest.getValue(), target, null, null);
        }
        boolean growth = start > 0 && now > 0 && goal > 0;
        double actual = growth ? Math.pow(now / start, 1 / elapsed) - 1 : (now - start) / elapsed;
        double required = growth ? Math.pow(goal / start, 1 / planned) - 1 : (goal - start) / planned;
        return new Progression(
                status(actual, required),
                growth ? ProgressMethod.CAGR : ProgressMethod.LINEAR,
                latest.getKey(),
                latest.getValue(),
                target,
                actual,
                required);
    }

    private static ProgressStatus status(double actual, double required) {
        if (required == 0) {
            return actual == 0 ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK;
        }
        double ratio = actual / required;
        if (ratio >= ON_TRACK) {
            return ProgressStatus.ON_TRACK;
        }
        return ratio >= MODERATE ? ProgressStatus.MODERATE : ProgressStatus.OFF_TRACK;
    }

    private static boolean reached(Direction direction, Target target, double now) {
        double value = target.value().doubleValue();
        return switch (direction) {
            case HIGHER_IS_BETTER -> now >= value;
            case LOWER_IS_BETTER -> now <= value;
            case TARGET_BAND -> now >= value && now <= target.upper().doubleValue();
        };
    }

    /** The value to head for: the target, or for a band the bound nearer to the latest figure. */
    private static double goal(Direction direction, Target target, double now) {
        if (direction != Direction.TARGET_BAND) {
            return target.value().doubleValue();
        }
        return now < target.value().doubleValue()
                ? target.value().doubleValue()
                : target.upper().doubleValue();
    }

    private static double years(LocalDate from, LocalDate to) {
        return (to.toEpochDay() - from.toEpochDay()) / 365.25;
    }
}
