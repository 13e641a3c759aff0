package org.equicity.shared.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws pictures of figures as inline SVG (an indicator's, the index of a city's self-assessments), without script, so that they work in every browser, in print and in
 * PDFs: a line of the totals over time with the baseline and the path to the target, and horizontal bars for a
 * period's breakdown, where a suppressed or confidential cell has no bar but its marker. Each picture is one image
 * to assistive technology, named by its title and description; the table beside it carries the figures. Colours
 * keep above the WCAG contrast ratios on white; lines are told apart by their dashes as well as their colour.
 */
public final class SvgCharts {

    /** A point of the line; {@code value} null where the period has no figure to show. */
    public record Point(LocalDate at, String label, BigDecimal value) {}

    /** A bar; {@code marker} replaces the bar of a cell without a figure to show. */
    public record Bar(String label, BigDecimal value, String marker) {}

    /** The words a chart needs, in the reader's language. */
    public record Words(String title, String description, String baseline, String target, String observed) {}

    static final int WIDTH = 720;
    static final int LEFT = 64;
    static final int RIGHT = 24;
    static final int TOP = 16;
    static final int PLOT_HEIGHT = 220;
    static final String LINE = "#1d4f91";
    static final String TARGET = "#8a3b12";
    static final String TEXT = "#1b1b1b";
    static final String AXIS = "#595959";
    static final String GRID = "#d5d5d5";

    private SvgCharts() {}

    public static String line(String id, Words words, List<Point> points, Point baseline, Point target, Locale locale) {
        var values = new ArrayList<BigDecimal>();
        points.stream().map(Point::value).filter(v -> v != null).forEach(values::add);
        Stream.of(baseline, target).filter(p -> p != null && p.value() != null).forEach(p -> values.add(p.value()));
        double max = niceMaximum(
                values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1));
        var dates = new ArrayList<LocalDate>();
        points.forEach(p -> dates.add(p.at()));
        Stream.of(baseline, target).filter(p -> p != null).forEach(p -> dates.add(p.at()));
        long first = dates.stream().mapToLong(LocalDate::toEpochDay).min().orElse(0);
        long last = Math.max(
                first + 1, dates.stream().mapToLong(LocalDate::toEpochDay).max().orElse(1));
        var scale = new Scale(first, last, max);
        var numbers = NumberFormat.getNumberInstance(locale);
        var svg = new StringBuilder();
        open(svg, id, words, TOP + PLOT_HEIGHT + 80);
        yAxis(svg, max, numbers);
        int axisY = TOP + PLOT_HEIGHT;
        int step = Math.max(1, points.size() / 10);
        for (int i = 0; i < points.size(); i += step) {
            text(
                    svg,
                    scale.x(points.get(i).at()),
                    axisY + 18,
                    "middle",
                    12,
                    points.get(i).label());
        }
        if (baseline != null) {
            int y = scale.y(baseline.value());
            line(svg, scale.x(baseline.at()), y, LEFT + plotWidth(), y, AXIS, "6 4");
            if (target != null) {
                line(svg, scale.x(baseline.at()), y, scale.x(target.at()), scale.y(target.value()), TARGET, "2 3");
            }
        }
        if (target != null) {
            int x = scale.x(target.at());
            int y = scale.y(target.value());
            svg.append("<path d=\"M")
                    .append(x)
                    .append(' ')
                    .append(y - 7)
                    .append(" l7 7 l-7 7 l-7 -7 z\" fill=\"")
                    .append(TARGET)
                    .append("\"/>");
        }
        observed(svg, points, scale);
        legend(svg, words, axisY + 44, baseline != null, target != null);
        return svg.append("</svg>").toString();
    }

    private static void observed(StringBuilder svg, List<Point> points, Scale scale) {
        var path = new StringBuilder();
        for (var point : points) {
            if (point.value() == null) {
                continue;
            }
            path.append(path.isEmpty() ? "M" : " L")
                    .append(scale.x(point.at()))
                    .append(' ')
                    .append(scale.y(point.value()));
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"")
                    .append(path)
                    .append("\" fill=\"none\" stroke=\"")
                    .append(LINE)
                    .append("\" stroke-width=\"2.5\"/>");
        }
        for (var point : points) {
            if (point.value() != null) {
                svg.append("<circle cx=\"")
                        .append(scale.x(point.at()))
                        .append("\" cy=\"")
                        .append(scale.y(point.value()))
                        .append("\" r=\"4\" fill=\"")
                        .append(LINE)
                        .append("\"/>");
            }
        }
    }

    private static void legend(StringBuilder svg, Words words, int y, boolean baseline, boolean target) {
        int x = LEFT;
        line(svg, x, y - 4, x + 28, y - 4, LINE, null);
        text(svg, x + 34, y, "start", 13, words.observed());
        x += 200;
        if (baseline) {
            line(svg, x, y - 4, x + 28, y - 4, AXIS, "6 4");
            text(svg, x + 34, y, "start", 13, words.baseline());
            x += 200;
        }
        if (target) {
            line(svg, x, y - 4, x + 28, y - 4, TARGET, "2 3");
            text(svg, x + 34, y, "start", 13, words.target());
        }
    }

    public static String bars(String id, Words words, List<Bar> bars, Locale locale) {
        int row = 40;
        double max = niceMaximum(bars.stream()
                .filter(b -> b.value() != null)
                .mapToDouble(b -> b.value().doubleValue())
                .max()
                .orElse(1));
        var numbers = NumberFormat.getNumberInstance(locale);
        var svg = new StringBuilder();
        open(svg, id, words, TOP + bars.size() * row + 16);
        int width = WIDTH - 16 - 120;
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int y = TOP + i * row;
            text(svg, 16, y + 12, "start", 13, bar.label());
            int length = bar.value() == null
                    ? 0
                    : (int) Math.round(width * bar.value().doubleValue() / max);
            if (bar.value() != null) {
                svg.append("<rect x=\"16\" y=\"")
                        .append(y + 18)
                        .append("\" width=\"")
                        .append(length)
                        .append("\" height=\"14\" fill=\"")
                        .append(LINE)
                        .append("\"/>");
            }
            var shown = bar.value() != null ? numbers.format(bar.value()) : "";
            if (bar.marker() != null) {
                shown = (shown + " " + bar.marker()).strip();
            }
            text(svg, 16 + length + 6, y + 30, "start", 13, shown);
        }
        return svg.append("</svg>").toString();
    }

    private static void open(StringBuilder svg, String id, Words words, int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">")
                .append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(words.title()))
                .append("</title>")
                .append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(words.description()))
                .append("</desc>");
    }

    private static void yAxis(StringBuilder svg, double max, NumberFormat numbers) {
        int axisY = TOP + PLOT_HEIGHT;
        for (int tick = 0; tick <= 4; tick++) {
            int y = axisY - PLOT_HEIGHT * tick / 4;
            if (tick > 0) {
                line(svg, LEFT, y, LEFT + plotWidth(), y, GRID, null);
            }
            text(svg, LEFT - 8, y + 4, "end", 12, numbers.format(max * tick / 4));
        }
        line(svg, LEFT, TOP, LEFT, axisY, AXIS, null);
        line(svg, LEFT, axisY, LEFT + plotWidth(), axisY, AXIS, null);
    }

    private record Scale(long first, long last, double max) {

        int x(LocalDate at) {
            return LEFT
                    + 12
                    + (int) Math.round((plotWidth() - 24) * (at.toEpochDay() - first) / (double) (last - first));
        }

        int y(BigDecimal value) {
            return TOP + PLOT_HEIGHT - (int) Math.round(PLOT_HEIGHT * value.doubleValue() / max);
        }
    }

    private static int plotWidth() {
        return WIDTH - LEFT - RIGHT;
    }

    /** The smallest 1, 2 or 5 times a power of ten that reaches the value, so that the ticks are round numbers. */
    static double niceMaximum(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String colour, String dashes) {
        svg.append("<line x1=\"")
                .append(x1)
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(x2)
                .append("\" y2=\"")
                .append(y2)
                .append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"2\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
    }

    private static void text(StringBuilder svg, int x, int y, String anchor, int size, String content) {
        svg.append("<text x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" text-anchor=\"")
                .append(anchor)
                .append("\" font-size=\"")
                .append(size)
                .append("\" fill=\"")
                .append(TEXT)
                .append("\">")
                .append(escape(content))
                .append("</text>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
