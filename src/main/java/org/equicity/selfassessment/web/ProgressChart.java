package org.equicity.selfassessment.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.equicity.selfassessment.SelfAssessments.ProgressView;
import org.equicity.shared.web.SvgCharts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The progress of a city against an assessment framework as a picture: the index of each signed-off assessment
 * (the weighted mean score of its key factors) over time, with the baseline's as a dashed line. The table beside it
 * on the page carries the figures, key factor by key factor.
 */
@Component
class ProgressChart {

    private final MessageSource messages;

    ProgressChart(MessageSource messages) {
        this.messages = messages;
    }

    String svg(ProgressView progress, Locale locale) {
        var points = progress.assessments().stream()
                .filter(assessment -> assessment.signedOffOn() != null)
                .map(assessment -> new SvgCharts.Point(
                        Objects.requireNonNull(assessment.signedOffOn()),
                        assessment.title(),
                        assessment.index() == null ? null : BigDecimal.valueOf(assessment.index())))
                .toList();
        var name = progress.framework().framework().name().in(locale);
        var words = new SvgCharts.Words(
                messages.getMessage("selfassessment.chart.title", new Object[] {name}, locale),
                messages.getMessage("selfassessment.chart.description", new Object[] {points.size()}, locale),
                messages.getMessage("selfassessment.chart.baseline", null, locale),
                "",
                messages.getMessage("selfassessment.chart.index", null, locale));
        var baseline = points.stream()
                .filter(point -> point.value() != null)
                .findFirst()
                .orElse(null);
        return SvgCharts.line("progress-chart", words, points, baseline, null, locale);
    }
}
