package org.equicity.indicator.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.equicity.shared.web.SvgChart;

/**
 * Draws an indicator's pictures with the application's chart writer ({@link SvgChart}): a line of the totals over
 * time with the baseline and the path to the target, and horizontal bars for a period's breakdown, where a
 * suppressed or confidential cell has no bar but its marker. Lines are told apart by their dashes as well as their
 * colour; the legend stands one entry a row, so that it fits a phone's width.
 */
final class IndicatorCharts {

    /** A point of the line; {@code value} null where the period has no figure to show. */
    record Point(LocalDate at, String label, BigDecimal value) {}

    /** A bar; {@code marker} replaces the bar of a cell without a figure to show. */
    record Bar(String label, BigDecimal value, String marker) {}

    /** The words a chart needs, in the reader's language. */
    record Words(String title, String description, String baseline, String target, String observed) {}

    /** Horizontal positions in percent of the width: room for the value axis on the left. */
    static final double LEFT = 14;

    static final double RIGHT = 97;
    static final int TOP = 16;
    static final int PLOT_HEIGHT = 220;
    static final String TARGET = "#8a3b12";

    private IndicatorCharts() {}

    static String line(String id, Words words, List<Point> points, Point baseline, Point target, Locale locale) {
        var values = new ArrayList<BigDecimal>();
        points.stream().map(Point::value).filter(v -> v != null).forEach(values::add);
        Stream.of(baseline, target).filter(p -> p != null && p.value() != null).forEach(p -> values.add(p.value()));
        double max = SvgChart.niceMaximum(
                values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        var dates = new ArrayList<LocalDate>();
        points.forEach(p -> dates.add(p.at()));
        Stream.of(baseline, target).filter(p -> p != null).forEach(p -> dates.add(p.at()));
        long first = dates.stream().mapToLong(LocalDate::toEpochDay).min().orElse(0);
        long last = Math.max(
                first + 1, dates.stream().mapToLong(LocalDate::toEpochDay).max().orElse(1));
        var scale = new Scale(first, last, max);
        int axisY = TOP + PLOT_HEIGHT;
        int legendRows = 1 + (baseline != null ? 1 : 0) + (target != null ? 1 : 0);
        var chart =
                SvgChart.open(id, "indicator-line", words.title(), words.description(), axisY + 40 + 22 * legendRows);
        yAxis(chart, max, NumberFormat.getNumberInstance(locale));
        // at most five period labels, so that they do not run into each other on a phone
        int step = Math.max(1, (points.size() + 4) / 5);
        for (int i = 0; i < points.size(); i += step) {
            chart.text(
                    scale.x(points.get(i).at()),
                    axisY + 18,
                    "middle",
                    12,
                    points.get(i).label());
        }
        if (baseline != null) {
            int y = scale.y(baseline.value());
            chart.line(scale.x(baseline.at()), y, RIGHT, y, SvgChart.AXIS, "6 4");
            if (target != null) {
                chart.line(scale.x(baseline.at()), y, scale.x(target.at()), scale.y(target.value()), TARGET, "2 3");
            }
        }
        if (target != null) {
            chart.diamond(scale.x(target.at()), scale.y(target.value()), TARGET);
        }
        observed(chart, points, scale);
        legend(chart, words, axisY + 44, baseline != null, target != null);
        return chart.close();
    }

    private static void observed(SvgChart chart, List<Point> points, Scale scale) {
        Point previous = null;
        for (var point : points) {
            if (point.value() == null) {
                continue;
            }
            if (previous != null) {
                chart.line(
                        scale.x(previous.at()),
                        scale.y(previous.value()),
                        scale.x(point.at()),
                        scale.y(point.value()),
                        SvgChart.MARK,
                        null);
            }
            chart.circle(scale.x(point.at()), scale.y(point.value()), 4, SvgChart.MARK);
            previous = point;
        }
    }

    private static void legend(SvgChart chart, Words words, int y, boolean baseline, boolean target) {
        chart.line(LEFT, y - 4, LEFT + 6, y - 4, SvgChart.MARK, null);
        chart.text(LEFT + 8, y, "start", 13, words.observed());
        if (baseline) {
            y += 22;
            chart.line(LEFT, y - 4, LEFT + 6, y - 4, SvgChart.AXIS, "6 4");
            chart.text(LEFT + 8, y, "start", 13, words.baseline());
        }
        if (target) {
            y += 22;
            chart.line(LEFT, y - 4, LEFT + 6, y - 4, TARGET, "2 3");
            chart.text(LEFT + 8, y, "start", 13, words.target());
        }
    }

    static String bars(String id, Words words, List<Bar> bars, Locale locale) {
        var numbers = NumberFormat.getNumberInstance(locale);
        double max = SvgChart.niceMaximum(bars.stream()
                .filter(b -> b.value() != null)
                .mapToDouble(b -> b.value().doubleValue())
                .max()
                .orElse(1));
        var drawn = bars.stream()
                .map(bar -> new SvgChart.Bar(
                        bar.label(), bar.value() == null ? null : bar.value().doubleValue(), shown(bar, numbers)))
                .toList();
        return SvgChart.bars(
                id, "indicator-bars", words.title(), words.description(), null, drawn, max, numbers::format);
    }

    private static String shown(Bar bar, NumberFormat numbers) {
        var shown = bar.value() != null ? numbers.format(bar.value()) : "";
        return bar.marker() == null ? shown : (shown + " " + bar.marker()).strip();
    }

    private static void yAxis(SvgChart chart, double max, NumberFormat numbers) {
        int axisY = TOP + PLOT_HEIGHT;
        for (int tick = 0; tick <= 4; tick++) {
            int y = axisY - PLOT_HEIGHT * tick / 4;
            if (tick > 0) {
                chart.line(LEFT, y, RIGHT, y, SvgChart.GRID, null);
            }
            chart.text(LEFT - 1, y + 4, "end", 12, numbers.format(max * tick / 4));
        }
        chart.line(LEFT, TOP, LEFT, axisY, SvgChart.AXIS, null);
        chart.line(LEFT, axisY, RIGHT, axisY, SvgChart.AXIS, null);
    }

    private record Scale(long first, long last, double max) {

        double x(LocalDate at) {
            return LEFT + 2 + (RIGHT - LEFT - 4) * (at.toEpochDay() - first) / (double) (last - first);
        }

        int y(BigDecimal value) {
            return TOP + PLOT_HEIGHT - (int) Math.round(PLOT_HEIGHT * value.doubleValue() / max);
        }
    }
}
