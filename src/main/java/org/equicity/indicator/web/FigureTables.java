package org.equicity.indicator.web;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.equicity.disclosure.Disclosure.LegendEntry;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.indicator.Dimension;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.indicator.web.IndicatorCharts.Bar;
import org.equicity.indicator.web.IndicatorCharts.Point;
import org.equicity.indicator.web.IndicatorCharts.Words;
import org.springframework.context.MessageSource;

/**
 * An indicator's figures as the pages show them: the line chart of the totals, a bar chart per breakdown of the
 * latest period, and the tables beside them (the totals over time; each breakdown's categories by period). Every
 * cell without a figure shows the disclosure module's marker that the legend explains; a true zero is marked as one.
 */
final class FigureTables {

    record Row(String label, int depth, List<String> cells) {}

    record Table(String id, String caption, List<String> periods, List<Row> rows) {}

    /** What a page shows of the figures, with the legend of the markers its tables use. */
    record Display(String lineChart, List<String> barCharts, List<Table> tables, List<LegendEntry> legend) {}

    private FigureTables() {}

    static Display of(IndicatorView view, String name, Locale locale, MessageSource messages) {
        var numbers = NumberFormat.getNumberInstance(locale);
        var periods = view.periods();
        var labels = periods.stream().map(p -> p.period().toString()).toList();
        var tables = new ArrayList<Table>();
        var totals = new ArrayList<String>();
        periods.forEach(p -> totals.add(text(p.total(), numbers)));
        tables.add(new Table(
                "totals",
                message(messages, "indicator.table.totals", locale, name),
                labels,
                List.of(new Row(message(messages, "indicator.total", locale), 0, totals))));
        var bars = new ArrayList<String>();
        for (var dimension : view.breakdowns()) {
            var rows = new ArrayList<Row>();
            for (var category : dimension.categories()) {
                var cells = periods.stream()
                        .map(p -> text(p.cell(dimension.id(), category.code()), numbers))
                        .toList();
                rows.add(new Row(category.label().in(locale), category.depth(), cells));
            }
            var dimensionName = dimension.name().in(locale);
            tables.add(new Table(
                    "table-" + dimension.id(),
                    message(messages, "indicator.table.breakdown", locale, name, dimensionName),
                    labels,
                    rows));
            latestWith(periods, dimension)
                    .ifPresent(period -> bars.add(bars(view, dimension, period, name, locale, messages)));
        }
        return new Display(line(view, name, locale, messages), bars, tables, legend(view));
    }

    /**
     * The legend of every marker the figures' tables show, in the disclosure module's order, so that pages and
     * exports explain the same symbols.
     */
    static List<LegendEntry> legend(IndicatorView view) {
        var used = EnumSet.noneOf(Marker.class);
        for (var period : view.periods()) {
            period.cells().forEach(cell -> {
                var marker = marker(cell);
                if (marker != null) {
                    used.add(marker);
                }
            });
            for (var dimension : view.breakdowns()) {
                for (var category : dimension.categories()) {
                    if (period.cell(dimension.id(), category.code()).isEmpty()) {
                        used.add(Marker.NOT_COLLECTED);
                    }
                }
            }
            if (period.total().isEmpty()) {
                used.add(Marker.NOT_COLLECTED);
            }
        }
        return used.stream().map(LegendEntry::of).toList();
    }

    private static String line(IndicatorView view, String name, Locale locale, MessageSource messages) {
        var points = view.periods().stream()
                .map(p -> new Point(
                        p.period().end(),
                        p.period().toString(),
                        p.total()
                                .filter(c -> !c.suppressed())
                                .map(ShownCell::value)
                                .orElse(null)))
                .toList();
        var definition = view.definition();
        var baseline = definition.baseline() == null
                ? null
                : new Point(
                        definition.baseline().on(), "", definition.baseline().value());
        var target = definition.targets().isEmpty()
                ? null
                : new Point(
                        definition
                                .targets()
                                .get(definition.targets().size() - 1)
                                .due(),
                        "",
                        definition
                                .targets()
                                .get(definition.targets().size() - 1)
                                .value());
        var words = new Words(
                message(messages, "indicator.chart.line.title", locale, name),
                message(messages, "indicator.chart.line.description", locale),
                message(messages, "indicator.chart.baseline", locale),
                message(messages, "indicator.chart.target", locale),
                message(messages, "indicator.chart.observed", locale));
        return IndicatorCharts.line("chart-line", words, points, baseline, target, locale);
    }

    private static String bars(
            IndicatorView view,
            Dimension dimension,
            PeriodFigures period,
            String name,
            Locale locale,
            MessageSource messages) {
        var bars = dimension.categories().stream()
                .filter(category -> category.depth() == 0)
                .map(category -> {
                    var cell = period.cell(dimension.id(), category.code());
                    var value = cell.filter(c -> !c.suppressed())
                            .map(ShownCell::value)
                            .orElse(null);
                    var marker = cell.map(FigureTables::marker).orElse(Marker.NOT_COLLECTED);
                    return new Bar(category.label().in(locale), value, marker == null ? null : marker.symbol());
                })
                .toList();
        var dimensionName = dimension.name().in(locale);
        var words = new Words(
                message(messages, "indicator.chart.bars.title", locale, name, dimensionName, period.period()),
                message(messages, "indicator.chart.bars.description", locale),
                null,
                null,
                null);
        return IndicatorCharts.bars("chart-" + dimension.id(), words, bars, locale);
    }

    private static Optional<PeriodFigures> latestWith(List<PeriodFigures> periods, Dimension dimension) {
        for (int i = periods.size() - 1; i >= 0; i--) {
            var period = periods.get(i);
            if (period.cells().stream().anyMatch(c -> c.dimension().equals(dimension.id()))) {
                return Optional.of(period);
            }
        }
        return Optional.empty();
    }

    /** A cell as the tables write it: the figure with its flag, or the marker that says why there is none. */
    static String text(Optional<ShownCell> cell, NumberFormat numbers) {
        if (cell.isEmpty()) {
            return Marker.NOT_COLLECTED.symbol();
        }
        var shown = cell.get();
        var marker = marker(shown);
        if (shown.value() == null || shown.suppressed()) {
            return marker == null ? Marker.NOT_COLLECTED.symbol() : marker.symbol();
        }
        return numbers.format(shown.value()) + (marker == null ? "" : " " + marker.symbol());
    }

    /** The disclosure marker of a cell, or null for a measured figure other than zero. */
    static Marker marker(ShownCell cell) {
        if (cell.suppressed()) {
            return cell.protectsAnother() ? Marker.SUPPRESSED_COMPLEMENTARY : Marker.SUPPRESSED_SMALL;
        }
        return switch (cell.status()) {
            case CONFIDENTIAL -> Marker.CONFIDENTIAL;
            case NOT_COLLECTED -> Marker.NOT_COLLECTED;
            case PROVISIONAL -> Marker.PROVISIONAL;
            case ESTIMATED -> Marker.ESTIMATED;
            case MEASURED -> cell.isTrueZero() ? Marker.TRUE_ZERO : null;
        };
    }

    private static String message(MessageSource messages, String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
