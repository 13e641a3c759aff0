package org.equicity.monitoring.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.Monitoring.Budget;
import org.equicity.monitoring.Monitoring.Cycle;
import org.equicity.monitoring.Monitoring.DataCollector;
import org.equicity.monitoring.Monitoring.Decision;
import org.equicity.monitoring.Monitoring.ProgrammeContent;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.LocalNumbers;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A programme as typed into its form; {@code budget} has a row per year (blank rows are left out) and
 * {@code version} is the one the editor started from.
 */
record ProgrammeForm(
        @Nullable String kind,
        @Nullable String title,
        @Nullable String decisionBody,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate decisionDate,

        @Nullable String decisionDocument,
        @Nullable String mandate,
        @Nullable List<BudgetRow> budget,
        @Nullable String currency,
        @Nullable DataCollector collectedBy,
        @Nullable String institution,
        @Nullable Cycle cycle,
        @Nullable List<String> topics,
        @Nullable List<UUID> indicators,
        long version) {

    /** Blank rows the form offers for years not budgeted yet. */
    private static final int BLANK_ROWS = 2;

    /** A year's budget as typed: numbers the page reads itself, so that a typo is shown beside the field. */
    record BudgetRow(
            @Nullable String year,
            @Nullable String staffPositions,
            @Nullable String externalServices) {

        boolean isBlank() {
            return blank(year) && blank(staffPositions) && blank(externalServices);
        }
    }

    static ProgrammeForm blank() {
        return new ProgrammeForm(
                null,
                null,
                null,
                null,
                null,
                null,
                rows(List.of()),
                "EUR",
                DataCollector.INTERNAL,
                null,
                Cycle.YEARLY,
                List.of(),
                List.of(),
                0);
    }

    static ProgrammeForm of(ProgrammeContent content, long version, Locale locale) {
        var rows = rows(content.budget().stream()
                .map(line -> new BudgetRow(
                        Integer.toString(line.year()),
                        text(line.staffPositions(), locale),
                        text(line.externalServices(), locale)))
                .toList());
        return new ProgrammeForm(
                content.kind(),
                content.title(),
                content.decision().body(),
                content.decision().date(),
                content.decision().document(),
                content.mandate(),
                rows,
                content.currency(),
                content.collectedBy(),
                content.institution(),
                content.cycle(),
                content.topics(),
                content.indicators().stream().map(IndicatorId::value).toList(),
                version);
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    ProgrammeForm over(long stored) {
        return new ProgrammeForm(
                kind,
                title,
                decisionBody,
                decisionDate,
                decisionDocument,
                mandate,
                budget,
                currency,
                collectedBy,
                institution,
                cycle,
                topics,
                indicators,
                stored);
    }

    /** The budget as typed; a figure that is no number, or a year out of range, is an error beside the budget. */
    List<Budget> budget(FormErrors errors) {
        var lines = new ArrayList<Budget>();
        for (var row : budget == null ? List.<BudgetRow>of() : budget) {
            if (row == null || row.isBlank()) {
                continue;
            }
            var year = errors.number("budget", row.year(), "monitoring.rule.budget-number");
            var staff = errors.number("budget", row.staffPositions(), "monitoring.rule.budget-number");
            var external = errors.number("budget", row.externalServices(), "monitoring.rule.budget-number");
            if (errors.has("budget")) {
                continue;
            }
            if (year == null || year.stripTrailingZeros().scale() > 0) {
                errors.add("budget", "monitoring.rule.budget-number");
                continue;
            }
            try {
                lines.add(new Budget(year.intValue(), staff, external));
            } catch (RuleViolationException broken) {
                errors.add(broken);
            }
        }
        return lines;
    }

    /** The content for the facade, with the budget read by {@link #budget}; a broken rule is thrown. */
    ProgrammeContent content(List<Budget> lines) {
        return new ProgrammeContent(
                kind == null ? "" : kind,
                title == null ? "" : title,
                new Decision(decisionBody, decisionDate, decisionDocument),
                mandate,
                lines,
                currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT),
                collectedBy == null ? DataCollector.INTERNAL : collectedBy,
                institution,
                cycle == null ? Cycle.YEARLY : cycle,
                topics == null ? List.of() : topics,
                indicators == null
                        ? List.of()
                        : indicators.stream().map(IndicatorId::new).toList());
    }

    /** The rows shown, with blank ones to add years. */
    List<BudgetRow> rows() {
        return budget == null ? rows(List.of()) : budget;
    }

    private static List<BudgetRow> rows(List<BudgetRow> filled) {
        var rows = new ArrayList<>(filled);
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new BudgetRow(null, null, null));
        }
        return rows;
    }

    private static @Nullable String text(@Nullable BigDecimal value, Locale locale) {
        return value == null ? null : LocalNumbers.format(value, locale);
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
