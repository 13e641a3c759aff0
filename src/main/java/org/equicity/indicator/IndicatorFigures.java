package org.equicity.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.equicity.indicator.ImportPreview.RowProblem;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.ChangeKind;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.people.Access;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * An indicator's figures change here: a period recorded in the grid, a spreadsheet imported, a period locked or
 * unlocked; each change goes into the indicator's history. A locked period refuses every change until it is
 * unlocked, and the unlock keeps its reason.
 */
@Component
class IndicatorFigures {

    private final ObservationRepository observations;
    private final PeriodLockRepository locks;
    private final IndicatorChangeRepository changes;
    private final IndicatorChecks checks;
    private final Breakdowns breakdowns;
    private final Access access;
    private final Clock clock;

    IndicatorFigures(
            ObservationRepository observations,
            PeriodLockRepository locks,
            IndicatorChangeRepository changes,
            IndicatorChecks checks,
            Breakdowns breakdowns,
            Access access,
            Clock clock) {
        this.observations = observations;
        this.locks = locks;
        this.changes = changes;
        this.checks = checks;
        this.breakdowns = breakdowns;
        this.access = access;
        this.clock = clock;
    }

    void record(Indicator indicator, PeriodEntry entry, ChangeKind kind) {
        checks.requireFits(indicator, entry);
        requireUnlocked(indicator, entry.period());
        observations.deletePeriod(indicator.id().value(), entry.period().toString());
        observations.flush();
        var versions = new HashMap<String, String>();
        breakdowns
                .chosen(indicator.city(), indicator.definition().breakdowns())
                .forEach(dimension -> versions.put(dimension.id(), dimension.version()));
        entry.cells()
                .forEach(cell -> observations.save(
                        new Observation(indicator.id(), entry.period(), cell, versions.get(cell.dimension()))));
        note(indicator, kind, entry.period(), entry.cells().size() + "");
    }

    void lock(Indicator indicator, Period period) {
        if (period.frequency() != indicator.frequency()) {
            throw new RuleViolationException("indicator.rule.frequency", period.toString());
        }
        if (locks.find(indicator.id().value(), period.toString()).isPresent()) {
            return;
        }
        locks.save(new PeriodLock(indicator.id(), period, clock.instant(), actor()));
        note(indicator, ChangeKind.LOCKED, period, null);
    }

    void unlock(Indicator indicator, Period period, String reason) {
        var why = IndicatorRules.RULES.required(reason, 2_000, "reason");
        var lock = locks.find(indicator.id().value(), period.toString())
                .orElseThrow(() -> new RuleViolationException("indicator.rule.not-locked", period.toString()));
        locks.delete(lock);
        note(indicator, ChangeKind.UNLOCKED, period, why);
    }

    void note(Indicator indicator, ChangeKind kind, Period period, String detail) {
        changes.save(new IndicatorChange(indicator.id(), clock.instant(), actor(), kind, period, detail));
    }

    /** What the rows would record, period by period, and every row's problems. */
    ImportPreview judge(Indicator indicator, List<TidySheets.Row> rows) {
        var dimensions =
                breakdowns.chosen(indicator.city(), indicator.definition().breakdowns());
        Set<Period> locked = locks.ofIndicators(List.of(indicator.id().value())).stream()
                .map(PeriodLock::period)
                .collect(Collectors.toSet());
        var problems = new ArrayList<RowProblem>();
        var periods = new TreeMap<Period, List<Cell>>();
        var seen = new HashSet<String>();
        for (var row : rows) {
            if (row.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            var before = problems.size();
            var period = period(indicator, row, locked, problems);
            var cell = cell(row, dimensions, problems);
            if (problems.size() > before || period == null || cell == null) {
                continue;
            }
            if (!seen.add(period + "/" + cell.dimension() + "/" + cell.category())) {
                problems.add(problem(row, "category", "indicator.rule.cell-twice", cell.category()));
                continue;
            }
            periods.computeIfAbsent(period, p -> new ArrayList<>()).add(cell);
        }
        var entries = periods.entrySet().stream()
                .map(e -> new PeriodEntry(e.getKey(), e.getValue()))
                .toList();
        return new ImportPreview(entries, problems, rows.size());
    }

    private static Period period(Indicator indicator, TidySheets.Row row, Set<Period> locked, List<RowProblem> out) {
        try {
            var period = Period.parse(row.cell(0));
            if (period.frequency() != indicator.frequency()) {
                out.add(problem(row, "period", "indicator.rule.frequency", period.toString()));
            } else if (locked.contains(period)) {
                out.add(problem(row, "period", "indicator.rule.locked", period.toString()));
            }
            return period;
        } catch (RuleViolationException violation) {
            out.add(problem(row, "period", violation));
            return null;
        }
    }

    private static Cell cell(TidySheets.Row row, List<Dimension> dimensions, List<RowProblem> out) {
        var dimension = row.cell(1);
        var category = row.cell(2);
        boolean total = Indicators.TOTAL.equals(dimension) && Indicators.TOTAL.equals(category);
        if (!total
                && dimensions.stream()
                        .noneMatch(d ->
                                d.id().equals(dimension) && d.category(category).isPresent())) {
            out.add(problem(row, "category", "indicator.rule.category", dimension, category));
            return null;
        }
        BigDecimal value = null;
        if (!row.cell(3).isEmpty()) {
            try {
                var text = row.cell(3);
                value = new BigDecimal(text.contains(".") ? text : text.replace(',', '.'));
            } catch (NumberFormatException notANumber) {
                out.add(problem(row, "value", "indicator.import.number", row.cell(3)));
                return null;
            }
        }
        if (row.cell(4).isEmpty() && value == null) {
            out.add(problem(row, "value", "indicator.rule.blank-is-not-zero"));
            return null;
        }
        CellStatus status;
        try {
            status = row.cell(4).isEmpty()
                    ? CellStatus.MEASURED
                    : CellStatus.valueOf(row.cell(4).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            out.add(problem(row, "status", "indicator.import.status", row.cell(4)));
            return null;
        }
        try {
            return new Cell(dimension, category, value, status);
        } catch (RuleViolationException violation) {
            out.add(problem(row, "value", violation));
            return null;
        }
    }

    private void requireUnlocked(Indicator indicator, Period period) {
        if (locks.find(indicator.id().value(), period.toString()).isPresent()) {
            throw new RuleViolationException("indicator.rule.locked", period.toString());
        }
    }

    private String actor() {
        return access.current().map(Access.CurrentPerson::displayName).orElse("system");
    }

    private static RowProblem problem(TidySheets.Row row, String column, String key, Object... arguments) {
        return new RowProblem(row.number(), column, key, List.of(arguments));
    }

    private static RowProblem problem(TidySheets.Row row, String column, RuleViolationException violation) {
        return new RowProblem(row.number(), column, violation.messageKey(), List.of(violation.arguments()));
    }
}
