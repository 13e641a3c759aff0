package org.equicity.indicator;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicity.disclosure.Disclosure;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.Value;
import org.equicity.indicator.Indicators.Baseline;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.indicator.Indicators.Unit;
import org.springframework.stereotype.Component;

/**
 * The one way figures leave the city: every public page, public API answer and public download of indicators gets
 * its cells from {@link #publish}, which hands them to the disclosure module under the rules of the dataset
 * {@value #DATASET}. Each breakdown is one table over all approved periods, with the total as its top category, so
 * that a hidden cell can be worked out neither from its total nor from another period; a total hidden in any of
 * them is hidden in all. Only counts are figures about a number of people that the rules can judge; figures of other
 * units (percentages, rates without their numerator and denominator, amounts) are published as recorded, except
 * confidential ones, which never are.
 */
@Component
class Publication {

    static final String DATASET = "indicator";

    private final Disclosure disclosure;

    Publication(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    List<PeriodFigures> publish(Unit unit, List<Dimension> dimensions, List<PeriodFigures> periods) {
        var locked = periods.stream().filter(PeriodFigures::locked).toList();
        Map<String, Marker> hidden = new HashMap<>();
        if (unit == Unit.COUNT) {
            var rules = disclosure.rules(DATASET);
            for (var dimension : dimensions) {
                hiddenIn(dimension, locked, rules).forEach(hidden::putIfAbsent);
            }
            if (dimensions.isEmpty()) {
                hidden.putAll(hiddenIn(null, locked, rules));
            }
        }
        return locked.stream()
                .map(period -> new PeriodFigures(
                        period.period(),
                        true,
                        period.cells().stream()
                                .map(cell -> shown(cell, hidden.get(key(period, cell))))
                                .toList()))
                .toList();
    }

    /**
     * The definition as the public may read it: a baseline that is a count too small to publish is left out, as in
     * reports to a network, so that a baseline of three people does not appear beside their suppressed figures.
     */
    Definition definition(Definition definition) {
        var baseline = definition.baseline();
        if (baseline == null || !baseline(definition.unit(), baseline).suppressed()) {
            return definition;
        }
        return new Definition(
                definition.kind(),
                definition.name(),
                definition.definition(),
                definition.language(),
                definition.unit(),
                definition.rateBase(),
                definition.currency(),
                definition.direction(),
                definition.ratio(),
                definition.source(),
                definition.method(),
                definition.frequency(),
                definition.department(),
                definition.breakdowns(),
                null,
                definition.targets());
    }

    /**
     * A baseline as published: a count goes through the same rules as a total of its own, so that a baseline of three
     * people is not published where their total would not be.
     */
    PublishedIndicator.Baseline baseline(Unit unit, Baseline baseline) {
        if (unit == Unit.COUNT) {
            var cell = new ShownCell(Indicators.TOTAL, Indicators.TOTAL, baseline.value(), CellStatus.MEASURED, false);
            var figures = new PeriodFigures(
                    new Period(baseline.on().getYear(), Indicators.Frequency.YEARLY, 0), true, List.of(cell));
            if (!hiddenIn(null, List.of(figures), disclosure.rules(DATASET)).isEmpty()) {
                return new PublishedIndicator.Baseline(null, baseline.on(), baseline.source(), true);
            }
        }
        return new PublishedIndicator.Baseline(baseline.value(), baseline.on(), baseline.source(), false);
    }

    /** The cells of one breakdown (or of the totals alone) that the public may not see, with the reason. */
    private Map<String, Marker> hiddenIn(Dimension dimension, List<PeriodFigures> periods, Disclosure.Rules rules) {
        var code = dimension == null ? Indicators.TOTAL : dimension.id();
        var categories = new ArrayList<Disclosure.Category>();
        categories.add(Disclosure.Category.total(Indicators.TOTAL));
        if (dimension != null) {
            dimension
                    .categories()
                    .forEach(category -> categories.add(new Disclosure.Category(
                            category.code(), category.parent() == null ? Indicators.TOTAL : category.parent())));
        }
        var keys = new ArrayList<String>();
        var cells = new ArrayList<Disclosure.Cell>();
        for (var period : periods) {
            for (var cell : period.cells()) {
                if (cell.isTotal() || cell.dimension().equals(code)) {
                    keys.add(key(period, cell));
                    cells.add(new Disclosure.Cell(
                            period.period().toString(), Map.of(code, cell.category()), value(cell), status(cell)));
                }
            }
        }
        var published = disclosure.publish(
                new Disclosure.Table(List.of(new Disclosure.Dimension(code, categories)), cells), rules);
        var hidden = new HashMap<String, Marker>();
        for (int i = 0; i < keys.size(); i++) {
            var cell = published.cells().get(i);
            if (cell.value() == null) {
                hidden.put(keys.get(i), cell.marker() == null ? Marker.SUPPRESSED_SMALL : cell.marker());
            }
        }
        return hidden;
    }

    private static ShownCell shown(ShownCell cell, Marker hidden) {
        if (cell.status() == CellStatus.CONFIDENTIAL) {
            return new ShownCell(cell.dimension(), cell.category(), null, cell.status(), false);
        }
        if (hidden != null && cell.status() != CellStatus.NOT_COLLECTED) {
            return new ShownCell(
                    cell.dimension(),
                    cell.category(),
                    null,
                    cell.status(),
                    true,
                    hidden == Marker.SUPPRESSED_COMPLEMENTARY);
        }
        return cell;
    }

    /** A count as the rules judge it: a whole number of people, never negative. */
    private static Value value(ShownCell cell) {
        if (cell.status() == CellStatus.NOT_COLLECTED || cell.value() == null) {
            return null;
        }
        return Value.count(
                Math.max(0, cell.value().setScale(0, RoundingMode.HALF_UP).longValue()));
    }

    private static Disclosure.CellStatus status(ShownCell cell) {
        return cell.value() == null && cell.status() != CellStatus.NOT_COLLECTED
                ? Disclosure.CellStatus.NOT_COLLECTED
                : Disclosure.CellStatus.valueOf(cell.status().name());
    }

    private static String key(PeriodFigures period, ShownCell cell) {
        return period.period() + "/" + cell.dimension() + "/" + cell.category();
    }
}
