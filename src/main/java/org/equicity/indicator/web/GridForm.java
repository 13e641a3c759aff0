package org.equicity.indicator.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.indicator.Period;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;

/**
 * A period's grid as typed: the total and every category of every breakdown, each with a value and a status. A row
 * left without value and status was not entered; a row with a status but no value is not collected or confidential.
 */
record GridForm(List<Row> rows) {

    /** One row of the grid; {@code label} and {@code depth} are only shown. */
    record Row(String dimension, String category, String label, int depth, BigDecimal value, CellStatus status) {

        boolean isEntered() {
            return value != null || status != null;
        }
    }

    GridForm {
        rows = rows == null ? List.of() : rows;
    }

    /** The grid of a period, filled with what is recorded for it. */
    static GridForm of(IndicatorView view, Period period, String totalLabel, Locale locale) {
        var rows = new ArrayList<Row>();
        var figures = view.period(period);
        rows.add(row(Indicators.TOTAL, Indicators.TOTAL, totalLabel, 0, figures));
        for (var dimension : view.breakdowns()) {
            for (var category : dimension.categories()) {
                rows.add(row(
                        dimension.id(),
                        category.code(),
                        dimension.name().in(locale) + ": " + category.label().in(locale),
                        category.depth(),
                        figures));
            }
        }
        return new GridForm(rows);
    }

    private static Row row(
            String dimension, String category, String label, int depth, Optional<PeriodFigures> figures) {
        var cell = figures.flatMap(f -> f.cell(dimension, category));
        return new Row(
                dimension,
                category,
                label,
                depth,
                cell.map(Indicators.ShownCell::value).orElse(null),
                cell.map(Indicators.ShownCell::status).orElse(null));
    }

    /** The entered rows as cells (a value without a status is measured); a row's problem is shown beside it. */
    PeriodEntry entry(Period period, FormErrors errors) {
        var cells = new ArrayList<Cell>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || !row.isEntered()) {
                continue;
            }
            try {
                cells.add(new Cell(
                        row.dimension(),
                        row.category(),
                        row.value(),
                        row.status() != null ? row.status() : CellStatus.MEASURED));
            } catch (RuleViolationException violation) {
                errors.add(violation, "rows" + i + ".value");
            }
        }
        return new PeriodEntry(period, cells);
    }
}
