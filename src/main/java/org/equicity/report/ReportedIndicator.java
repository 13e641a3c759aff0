package org.equicity.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An indicator as a report carries it, with its figures as published (after disclosure control) when the report was
 * read or, for a submitted version, when it was submitted. It belongs to a reported action ({@code action}, the plan
 * action it was taken from) or to a commitment as a whole ({@code commitment}, an item code of the cycle's
 * commitments framework). Kind, unit, direction and statuses are the names the indicator module gives them.
 */
public record ReportedIndicator(
        UUID id,
        UUID action,
        String commitment,
        String kind,
        String name,
        String language,
        String unit,
        Integer rateBase,
        String currency,
        String direction,
        Baseline baseline,
        Target target,
        Latest latest,
        String progress,
        String progressMethod) {

    /** {@code value} is null where it was too small to publish ({@code suppressed}). */
    public record Baseline(BigDecimal value, LocalDate date, String source, boolean suppressed) {}

    public record Target(LocalDate due, BigDecimal value, BigDecimal upper) {}

    /**
     * The total of the latest approved period; {@code value} is null where it was not collected, is confidential or
     * was suppressed.
     */
    public record Latest(String period, BigDecimal value, String status, boolean suppressed) {}
}
