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
 * A period's grid: the total and every category of every breakdown, each with a value and a status. A row left
 * without value and status was not entered; a row with a status but no value is not collected or confidential.
 */
public class GridForm {

    /** One row of the grid; {@code label} and {@code depth} are only shown. */
    public static class Row {
        private String dimension;
        private String category;
        private String label;
        private int depth;
        private BigDecimal value;
        private CellStatus status;

        public String getDimension() {
            return dimension;
        }

        public void setDimension(String dimension) {
            this.dimension = dimension;
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public int getDepth() {
            return depth;
        }

        public void setDepth(int depth) {
            this.depth = depth;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public CellStatus getStatus() {
            return status;
        }

        public void setStatus(CellStatus status) {
            this.status = status;
        }

        boolean isEntered() {
            return value != null || status != null;
        }
    }

    private List<Row> rows = new ArrayList<>();

    /** The grid of a period, filled with what is recorded for it. */
    static GridForm of(IndicatorView view, Period period, String totalLabel, Locale locale) {
        var form = new GridForm();
        var figures = view.period(period);
        form.rows.add(row(Indicators.TOTAL, Indicators.TOTAL, totalLabel, 0, figures));
        for (var dimension : view.breakdowns()) {
            for (var category : dimension.categories()) {
                form.rows.add(row(
                        dimension.id(),
                        category.code(),
                        dimension.name().in(locale) + ": " + category.label().in(locale),
                        category.depth(),
                        figures));
            }
        }
        return form;
    }

    private static Row row(
            String dimension, String category, String label, int depth, Optional<PeriodFigures> figures) {
        var row = new Row();
        row.dimension = dimension;
        row.category = category;
        row.label = label;
        row.depth = depth;
        figures.flatMap(f -> f.cell(dimension, category)).ifPresent(cell -> {
            row.value = cell.value();
            row.status = cell.status();
        });
        return row;
    }

    /** The entered rows as cells (a value without a status is measured); a row's problem is shown beside it. */
    PeriodEntry entry(Period period, FormErrors errors) {
        var cells = new ArrayList<Cell>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (!row.isEntered()) {
                continue;
            }
            try {
                cells.add(new Cell(
                        row.dimension, row.category, row.value, row.status != null ? row.status : CellStatus.MEASURED));
            } catch (RuleViolationException violation) {
                errors.add(violation, "rows" + i + ".value");
            }
        }
        return new PeriodEntry(period, cells);
    }

    public List<Row> getRows() {
        return rows;
    }

    public void setRows(List<Row> rows) {
        this.rows = rows;
    }
}
