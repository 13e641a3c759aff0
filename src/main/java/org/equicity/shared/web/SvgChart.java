package org.equicity.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes the application's charts as inline SVG, without script, so that they work in every browser, in print and
 * for screen readers: each picture is one image to assistive technology, named by its title and description, and
 * the table beside it carries the figures. Horizontal positions are percentages of the width the page gives the
 * picture and text sizes are pixels, with no {@code viewBox}: the picture fills a 375 px phone as it fills a desktop
 * column, and its labels keep their size instead of shrinking with it. Dark blue marks and near-black text on white
 * keep well above the WCAG contrast ratios (8.6:1 and 17:1; the axis 7:1).
 */
public final class SvgChart {

    public static final String MARK = "#1d4f91";
    public static final String TEXT = "#1b1b1b";
    public static final String AXIS = "#595959";
    public static final String GRID = "#d5d5d5";

    /** Bar charts keep this share of the width for the value printed after the longest bar. */
    static final double PLOT = 80;

    static final int ROW = 46;
    static final int MAX_LABEL = 44;

    /** A bar; {@code value} null draws none, and {@code shown} (the figure, or the marker saying why) stands there. */
    public record Bar(String label, @Nullable Double value, String shown) {}

    private final StringBuilder svg = new StringBuilder();

    private SvgChart(String id, String kind, String title, String description, int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ")
                .append(kind)
                .append("\" role=\"img\" width=\"100%\" height=\"")
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\"><title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title><desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /**
     * A picture {@code height} pixels high; {@code id} is unique on the page (title and description get ids derived
     * from it), {@code kind} a class for the page's styles.
     */
    public static SvgChart open(String id, String kind, String title, String description, int height) {
        return new SvgChart(id, kind, title, description, height);
    }

    /**
     * Horizontal bars, each label above its bar and the figure after it, scaled to {@code max}; with an axis of
     * round ticks and its title below where {@code axisTitle} is given.
     */
    public static String bars(
            String id,
            String kind,
            String title,
            String description,
            @Nullable String axisTitle,
            List<Bar> bars,
            double max,
            DoubleFunction<String> ticks) {
        int axisY = 8 + bars.size() * ROW + 4;
        var chart = open(id, kind, title, description, axisY + (axisTitle == null ? 8 : 56));
        if (axisTitle != null) {
            int intervals = intervals(max);
            for (int tick = 0; tick <= intervals; tick++) {
                double x = PLOT * tick / intervals;
                if (tick > 0) {
                    chart.line(x, 8, x, axisY, GRID, null);
                }
                chart.line(x, axisY, x, axisY + 5, AXIS, null);
                chart.text(x, axisY + 20, tick == 0 ? "start" : "middle", 12, ticks.apply(max * tick / intervals));
            }
            chart.line(0, axisY, PLOT, axisY, AXIS, null);
            chart.text(PLOT / 2, axisY + 44, "middle", 13, axisTitle);
        }
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int y = 8 + i * ROW;
            double width = bar.value() == null || max <= 0 ? 0 : PLOT * Math.min(bar.value(), max) / max;
            chart.text(0.5, y + 16, "start", 14, shortened(bar.label()));
            if (bar.value() != null) {
                chart.rect("bar", 0, y + 22, width, 18, MARK);
            }
            chart.text("value", width + 1, y + 36, "start", 13, bar.shown());
        }
        return chart.close();
    }

    public SvgChart line(double x1, int y1, double x2, int y2, String colour, @Nullable String dashes) {
        svg.append("<line x1=\"")
                .append(percent(x1))
                .append("\" y1=\"")
                .append(y1)
                .append("\" x2=\"")
                .append(percent(x2))
                .append("\" y2=\"")
                .append(y2)
                .append("\" stroke=\"")
                .append(colour)
                .append("\" stroke-width=\"2\"");
        if (dashes != null) {
            svg.append(" stroke-dasharray=\"").append(dashes).append('"');
        }
        svg.append("/>");
        return this;
    }

    public SvgChart rect(double x, int y, double width, int height, String colour) {
        return rect(null, x, y, width, height, colour);
    }

    private SvgChart rect(@Nullable String kind, double x, int y, double width, int height, String colour) {
        svg.append("<rect");
        classed(kind);
        svg.append(" x=\"")
                .append(percent(x))
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(percent(width))
                .append("\" height=\"")
                .append(height)
                .append("\" fill=\"")
                .append(colour)
                .append("\"/>");
        return this;
    }

    public SvgChart circle(double x, int y, int radius, String colour) {
        svg.append("<circle cx=\"")
                .append(percent(x))
                .append("\" cy=\"")
                .append(y)
                .append("\" r=\"")
                .append(radius)
                .append("\" fill=\"")
                .append(colour)
                .append("\"/>");
        return this;
    }

    /** A diamond centred on the point, for a target: a shape of its own, told apart without its colour. */
    public SvgChart diamond(double x, int y, String colour) {
        svg.append("<svg x=\"")
                .append(percent(x))
                .append("\" y=\"")
                .append(y)
                .append(
                        "\" width=\"1\" height=\"1\" overflow=\"visible\"><path d=\"M0 -7 l7 7 l-7 7 l-7 -7 z\" fill=\"")
                .append(colour)
                .append("\"/></svg>");
        return this;
    }

    /** {@code anchor} is {@code start}, {@code middle} or {@code end}. */
    public SvgChart text(double x, int y, String anchor, int size, String content) {
        return text(null, x, y, anchor, size, content);
    }

    private SvgChart text(@Nullable String kind, double x, int y, String anchor, int size, String content) {
        svg.append("<text");
        classed(kind);
        svg.append(" x=\"")
                .append(percent(x))
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
        return this;
    }

    /** A class for what a bar chart's reader may look for in it: its bars and their values. */
    private void classed(@Nullable String kind) {
        if (kind != null) {
            svg.append(" class=\"").append(kind).append('"');
        }
    }

    public String close() {
        return svg.append("</svg>").toString();
    }

    /** The smallest 1, 2 or 5 times a power of ten that reaches the value, so that the ticks are round numbers. */
    public static double niceMaximum(double value) {
        if (value <= 1) {
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

    /** As many ticks as divide the maximum into round steps. */
    private static int intervals(double max) {
        for (int intervals : new int[] {5, 4, 2}) {
            if (Math.abs(max / intervals - Math.rint(max / intervals)) < 1e-9) {
                return intervals;
            }
        }
        return 1;
    }

    /** A label cut where it would run out of a phone's width; the table beside the chart has it whole. */
    static String shortened(String label) {
        return label.length() <= MAX_LABEL
                ? label
                : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    private static String percent(double x) {
        return String.format(Locale.ROOT, "%.2f%%", x);
    }

    private static String escape(@Nullable String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
    }
}
