package org.equicity.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Indicators.Unit;

/**
 * An indicator's headline as published ({@link Indicators#publishedFor}). {@code baseline} is null where none is
 * defined; {@code target} is the final one; {@code latest} is the total of the latest approved period (null before
 * one), its value hidden where disclosure control suppressed it.
 */
public record PublishedIndicator(
        IndicatorId id,
        Link link,
        Kind kind,
        String name,
        String language,
        Unit unit,
        Integer rateBase,
        String currency,
        Direction direction,
        Baseline baseline,
        Target target,
        Period latestPeriod,
        ShownCell latest,
        Progression progression) {

    /** A baseline as published: {@code suppressed} where its count is too small to publish (its value then null). */
    public record Baseline(BigDecimal value, LocalDate on, String source, boolean suppressed) {}
}
