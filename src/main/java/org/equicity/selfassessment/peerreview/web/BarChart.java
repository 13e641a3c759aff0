package org.equicity.selfassessment.peerreview.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.selfassessment.peerreview.PeerReviews.NetworkOverview;
import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart of the overview, laid out here and drawn by the template as SVG: one bar per key factor, as
 * long as its count against the largest; a hidden figure has no bar and shows its marker instead.
 */
record BarChart(int width, int height, int labelWidth, List<Bar> bars) {

    static final int ROW = 28;
    static final int WIDTH = 640;
    static final int LABEL_WIDTH = 260;
    private static final int BAR_SPACE = WIDTH - LABEL_WIDTH - 60;

    /** {@code text} is the figure or the marker shown at the bar's end. */
    record Bar(String label, int y, int length, String text, boolean hidden) {}

    static BarChart of(NetworkOverview overview, Locale locale) {
        long largest = overview.factors().stream()
                .map(factor -> factor.notMet() == null ? 0L : factor.notMet())
                .max(Long::compare)
                .orElse(0L);
        var bars = new ArrayList<Bar>();
        int y = 0;
        for (var factor : overview.factors()) {
            @Nullable Long count = factor.notMet();
            var label = factor.factor().code() + " " + factor.factor().label().in(locale);
            var shortened = label.length() > 40 ? label.substring(0, 39) + "…" : label;
            var length = count == null || largest == 0 ? 0 : (int) Math.max(2, count * BAR_SPACE / largest);
            var text = count == null ? (factor.marker() == null ? "" : factor.marker()) : count.toString();
            bars.add(new Bar(shortened, y, length, text, count == null));
            y += ROW;
        }
        return new BarChart(WIDTH, Math.max(ROW, y), LABEL_WIDTH, bars);
    }
}
