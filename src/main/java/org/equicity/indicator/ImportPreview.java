package org.equicity.indicator;

import java.util.List;
import org.equicity.indicator.Indicators.PeriodEntry;

/** What importing a spreadsheet would record, period by period, and every row's problems. */
public record ImportPreview(List<PeriodEntry> entries, List<RowProblem> problems, int rows) {

    public ImportPreview {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty() && !entries.isEmpty();
    }

    /** A problem of one row of an imported spreadsheet; the row is numbered as the spreadsheet numbers it. */
    public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }
    }
}
