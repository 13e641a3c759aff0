package org.equicity.plan.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.Identifier;

/**
 * Plans in and out of spreadsheets. An import is two steps: {@link #preview} reads the file, checks every row and
 * keeps the file, changing nothing in the plan; {@link #confirm} then writes the valid rows in one transaction.
 * Rows carry the city's own reference ({@link ActionColumn#REF}): a known reference updates that action, a new one
 * creates an action. Both steps need the right to manage the plan's city. Files that cannot be read at all are
 * refused with a {@link org.equicity.shared.RuleViolationException} before anything is kept.
 */
public interface PlanExchange {

    /** Larger files are refused: a plan's spreadsheet is a few hundred kilobytes. */
    int MAX_FILE_BYTES = 2 * 1024 * 1024;

    /** A spreadsheet has at most this many rows of actions. */
    int MAX_ROWS = 5_000;

    /** {@code locale} is the reader's: status names and yes/no may be written in it. */
    ImportPreview preview(PlanId plan, String fileName, byte[] content, Locale locale);

    /** The preview of a file uploaded before, checked again against the plan as it is now. */
    ImportPreview preview(PlanId plan, ImportId upload, Locale locale);

    ImportResult confirm(PlanId plan, ImportId upload, Locale locale);

    /** The plan as the reader may see it, with every action's reference, for exports. */
    PlanExport export(PlanId plan);

    record ImportId(UUID value) implements Identifier {

        public ImportId {
            Objects.requireNonNull(value, "import id");
        }
    }

    enum RowOutcome {
        CREATE,
        UPDATE,
        UNCHANGED,
        INVALID
    }

    /** A problem in one cell (or, without a column, in the whole row); row numbers are the spreadsheet's own. */
    record RowProblem(int row, ActionColumn column, String messageKey, List<Object> args) {

        public RowProblem {
            args = List.copyOf(args);
        }
    }

    record ImportRow(int row, String ref, String title, String commitment, RowOutcome outcome) {}

    record ImportPreview(ImportId id, String fileName, List<ImportRow> rows, List<RowProblem> problems) {

        public ImportPreview {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public long count(RowOutcome outcome) {
            return rows.stream().filter(row -> row.outcome() == outcome).count();
        }

        /** Whether confirming would change anything. */
        public boolean hasChanges() {
            return count(RowOutcome.CREATE) + count(RowOutcome.UPDATE) > 0;
        }
    }

    record ImportResult(int created, int updated, int unchanged, int skipped) {}

    /**
     * {@code internal} says the reader is one of the city's people; only they get what the public page does not
     * show (contact persons).
     */
    record PlanExport(PlanView plan, Map<ActionId, String> refs, boolean internal) {

        public PlanExport {
            refs = Map.copyOf(refs);
        }

        /** The action's reference, or its id when the city gave it none (which a re-import also recognises). */
        public String ref(ActionId action) {
            return refs.getOrDefault(action, action.value().toString());
        }
    }
}
