package org.equicity.statistics.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import org.springframework.web.util.HtmlUtils;

/**
 * Draws a horizontal bar chart as inline SVG, without script: each label above its bar, the value printed after the
 * bar, a value axis with its title below. The picture is one image to assistive technology, named by its title and
 * description; the table beside it carries the figures for them. Dark blue bars and near-black text on white keep
 * well above the WCAG contrast ratios (8.6:1 and 17:1; the axis 7:1).
 */
final class BarChart {

    record Bar(String label, long value) {}

    static final int WIDTH = 720;
    static final int LEFT = 16;
    static final int TOP = 8;
    static final int ROW = 46;
    static final int PLOT = WIDTH - LEFT - 80;
    static final int AXIS_ROOM = 56;
    static final int MAX_LABEL = 90;
    static final String BAR = "#1d4f91";
    static final String TEXT = "#1b1b1b";
    static final String AXIS = "#595959";
    static final String GRID = "#d5d5d5";

    private BarChart() {}

    /**
     * @param id unique on the page; the title and description get ids derived from it
     * @param percent the values are percentages: the axis runs to 100
     */
    static String svg(
            String id,
            String title,
            String description,
            String axisTitle,
            List<Bar> bars,
            boolean percent,
            Locale locale) {
        long max = percent
                ? 100
                : niceMaximum(bars.stream().mapToLong(Bar::value).max().orElse(0));
        int axisY = TOP + bars.size() * ROW + 4;
        var numbers = NumberFormat.getIntegerInstance(locale);
        var percents = NumberFormat.getPercentInstance(locale);
        LongFunction<String> format = value -> format(value, percent, numbers, percents);
        var svg = new StringBuilder();
        open(svg, id, title, description, axisY + AXIS_ROOM);
        axis(svg, max, axisY, axisTitle, format);
        for (int i = 0; i < bars.size(); i++) {
            bar(svg, TOP + i * ROW, bars.get(i), max, format);
        }
        return svg.append("</svg>").toString();
    }

    /** The opening tag, with the title and description that name the picture to assistive technology. */
    private static void open(StringBuilder svg, String id, String title, String description, int height) {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(escape(description))
                .append("</desc>");
    }

    /** The value axis with its ticks, grid lines and title. */
    private static void axis(StringBuilder svg, long max, int axisY, String axisTitle, LongFunction<String> format) {
        int intervals = intervals(max);
        for (int tick = 0; tick <= intervals; tick++) {
            long value = max * tick / intervals;
            int x = LEFT + (int) Math.round(PLOT * (double) tick / intervals);
            if (tick > 0) {
                line(svg, x, TOP, x, axisY, GRID);
            }
            line(svg, x, axisY, x, axisY + 5, AXIS);
            text(svg, x, axisY + 20, "middle", 12, format.apply(value));
        }
        line(svg, LEFT, TOP, LEFT, axisY, AXIS);
        line(svg, LEFT, axisY, LEFT + PLOT, axisY, AXIS);
        text(svg, LEFT + PLOT / 2, axisY + 44, "middle", 13, axisTitle);
    }

    /** One bar at {@code y}: its label above it, its value after it. */
    private static void bar(StringBuilder svg, int y, Bar bar, long max, LongFunction<String> format) {
        int width = max == 0 ? 0 : (int) Math.round(PLOT * Math.min(bar.value(), max) / (double) max);
        text(svg, LEFT + 4, y + 16, "start", 14, shortened(bar.label()));
        svg.append("<rect class=\"bar\" x=\"")
                .append(LEFT)
                .append("\" y=\"")
                .append(y + 22)
                .append("\" width=\"")
                .append(width)
                .append("\" height=\"18\" fill=\"")
                .append(BAR)
                .append("\"/>");
        svg.append("<text class=\"value\" x=\"")
                .append(LEFT + width + 6)
                .append("\" y=\"")
                .append(y + 36)
                .append("\" font-size=\"13\" fill=\"")
                .append(TEXT)
                .append("\">")
                .append(escape(format.apply(bar.value())))
                .append("</text>");
    }

    /** The smallest 1, 2 or 5 times a power of ten that reaches the value, so that the ticks are round numbers. */
    static long niceMaximum(long value) {
        long magnitude = 1;
        while (true) {
            for (long step : new long[] {1, 2, 5}) {
                if (step * magnitude >= value) {
                    return step * magnitude;
                }
            }
            magnitude *= 10;
        }
    }

    private static int intervals(long max) {
        for (int intervals : new int[] {5, 4, 2}) {
            if (max % intervals == 0) {
                return intervals;
            }
        }
        return 1;
    }

    private static String format(long value, boolean percent, NumberFormat numbers, NumberFormat percents) {
        return percent ? percents.format(value / 100.0) : numbers.format(value);
    }

    private static String shortened(String label) {
        return label.length() <= MAX_LABEL
                ? label
                : label.substring(0, MAX_LABEL - 1).strip() + "…";
    }

    private static void line(StringBuilder svg, int x1, int y1, int x2, int y2, String colour) {
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
                .append("\"/>");
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
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
