package org.equicity.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.equicity.shared.web.SvgCharts;

/**
 * An indicator's pictures: a line of the totals over time with the baseline and the path to the target, and
 * horizontal bars for a period's breakdown, drawn by {@link SvgCharts}, which other modules' pages share.
 */
final class IndicatorCharts {

    /** A point of the line; {@code value} null where the period has no figure to show. */
    record Point(LocalDate at, String label, BigDecimal value) {}

    /** A bar; {@code marker} replaces the bar of a cell without a figure to show. */
    record Bar(String label, BigDecimal value, String marker) {}

    /** The words a chart needs, in the reader's language. */
    record Words(String title, String description, String baseline, String target, String observed) {}

    private IndicatorCharts() {}

    static String line(String id, Words words, List<Point> points, Point baseline, Point target, Locale locale) {
        return SvgCharts.line(
                id,
                shared(words),
                points.stream().map(IndicatorCharts::shared).toList(),
                baseline == null ? null : shared(baseline),
                target == null ? null : shared(target),
                locale);
    }

    static String bars(String id, Words words, List<Bar> bars, Locale locale) {
        return SvgCharts.bars(
                id,
                shared(words),
                bars.stream()
                        .map(bar -> new SvgCharts.Bar(bar.label(), bar.value(), bar.marker()))
                        .toList(),
                locale);
    }

    private static SvgCharts.Point shared(Point point) {
        return new SvgCharts.Point(point.at(), point.label(), point.value());
    }

    private static SvgCharts.Words shared(Words words) {
        return new SvgCharts.Words(
                words.title(), words.description(), words.baseline(), words.target(), words.observed());
    }
}
