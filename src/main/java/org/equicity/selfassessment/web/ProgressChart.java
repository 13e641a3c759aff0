package org.equicity.selfassessment.web;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Objects;
import org.equicity.selfassessment.SelfAssessments.ProgressView;
import org.equicity.shared.web.SvgChart;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress of a city against an assessment framework as a picture: one bar per signed-off assessment, in the
 * order they were signed off, its length the index (the weighted mean score of its key factors, 0 to 100), the first
 * marked as the baseline. The table beside it on the page carries the figures, key factor by key factor.
 */
@Component
class ProgressChart {

    private static final double INDEX_MAX = 100;

    private final MessageSource messages;

    ProgressChart(MessageSource messages) {
        this.messages = messages;
    }

    String svg(ProgressView progress, Locale locale) {
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).localizedBy(locale);
        var numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(0);
        var baseline = messages.getMessage("selfassessment.chart.baseline", null, locale);
        var bars = new ArrayList<SvgChart.Bar>();
        for (var assessment : progress.assessments()) {
            if (assessment.signedOffOn() == null) {
                continue;
            }
            var label = assessment.title() + " (" + dates.format(Objects.requireNonNull(assessment.signedOffOn()))
                    + (bars.isEmpty() ? ", " + baseline : "") + ")";
            var index = assessment.index();
            bars.add(new SvgChart.Bar(
                    label, index == null ? null : index.doubleValue(), index == null ? "–" : numbers.format(index)));
        }
        var name = progress.framework().framework().name().in(locale);
        return SvgChart.bars(
                "progress-chart",
                "progress",
                messages.getMessage("selfassessment.chart.title", new Object[] {name}, locale),
                messages.getMessage("selfassessment.chart.description", new Object[] {bars.size()}, locale),
                messages.getMessage("selfassessment.chart.index", null, locale),
                bars,
                INDEX_MAX,
                numbers::format);
    }
}
