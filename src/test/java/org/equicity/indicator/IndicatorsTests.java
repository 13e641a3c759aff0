package org.equicity.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.indicator.IndicatorFixtures.AGE;
import static org.equicity.indicator.IndicatorFixtures.SEX;
import static org.equicity.plan.PlanFixtures.as;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.equicity.indicator.IndicatorFixtures.TestPlan;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.ChangeKind;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.NewIndicator;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Progression.ProgressMethod;
import org.equicity.indicator.Progression.ProgressStatus;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class IndicatorsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Indicators indicators;

    TestPlan plan;
    IndicatorId incidents;

    @BeforeEach
    void setUp() {
        plan = IndicatorFixtures.plan(context, 1);
        incidents = IndicatorFixtures.define(context, plan, List.of(SEX, AGE));
    }

    @Test
    void theDepartmentContactRecordsAYearWithBreakdownsAndTheCoordinatorLocksIt() {
        as(plan.contact(), () -> indicators.record(incidents, year(2025, 57, 30, 25, 2)));

        var view = as(plan.coordinator(), () -> indicators.indicator(incidents));
        var figures = view.period(Period.parse("2025")).orElseThrow();
        assertThat(figures.total().orElseThrow().value()).isEqualByComparingTo("57");
        assertThat(figures.cell(SEX, "diverse").orElseThrow().value()).isEqualByComparingTo("2");
        assertThat(view.forPublication()).isFalse();

        as(plan.coordinator(), () -> indicators.lock(incidents, Period.parse("2025")));
        assertThatThrownBy(() -> as(plan.contact(), () -> indicators.record(incidents, year(2025, 58, 31, 25, 2))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.locked");
        assertThatThrownBy(() -> as(plan.contact(), () -> indicators.unlock(incidents, Period.parse("2025"), "typo")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(plan.coordinator(), () -> indicators.unlock(incidents, Period.parse("2025"), " ")))
                .isInstanceOf(RuleViolationException.class);

        as(plan.coordinator(), () -> indicators.unlock(incidents, Period.parse("2025"), "The office corrected a case"));
        as(plan.contact(), () -> indicators.record(incidents, year(2025, 58, 31, 25, 2)));
        var history = as(plan.coordinator(), () -> indicators.history(incidents));
        assertThat(history)
                .extracting(Indicators.HistoryEntry::kind)
                .containsSubsequence(ChangeKind.RECORDED, ChangeKind.UNLOCKED, ChangeKind.LOCKED, ChangeKind.RECORDED);
        assertThat(history)
                .anyMatch(entry -> entry.kind() == ChangeKind.UNLOCKED
                        && "The office corrected a case".equals(entry.detail())
                        && Period.parse("2025").equals(entry.period()));
    }

    @Test
    void aBlankIsNeverAZeroAndTheTotalIsACategoryOfItsOwn() {
        assertThatThrownBy(() -> new Cell(SEX, "female", null, CellStatus.MEASURED))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.blank-is-not-zero");
        as(
                plan.contact(),
                () -> indicators.record(
                        incidents,
                        new PeriodEntry(
                                Period.parse("2024"),
                                List.of(
                                        new Cell(SEX, "female", BigDecimal.ZERO, CellStatus.MEASURED),
                                        new Cell(SEX, "male", null, CellStatus.NOT_COLLECTED)))));

        var figures = as(plan.coordinator(), () -> indicators.indicator(incidents))
                .period(Period.parse("2024"))
                .orElseThrow();
        assertThat(figures.total()).as("no total was given, none is made up").isEmpty();
        assertThat(figures.cell(SEX, "female").orElseThrow().isTrueZero()).isTrue();
        assertThat(figures.cell(SEX, "male").orElseThrow().value()).isNull();
        assertThatThrownBy(() -> as(
                        plan.contact(),
                        () -> indicators.record(
                                incidents,
                                new PeriodEntry(
                                        Period.parse("2024"),
                                        List.of(new Cell("total", "female", BigDecimal.ONE, CellStatus.MEASURED))))))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void peopleOfAnotherCityOrDepartmentMayNotWriteAndForeignIdsAreRefused() {
        var other = IndicatorFixtures.plan(context, 1);
        assertThatThrownBy(() -> as(other.coordinator(), () -> indicators.record(incidents, year(2025, 5, 2, 3, 0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> indicators.lock(incidents, Period.parse("2025"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> indicators.define(new NewIndicator(
                                plan.city().city().id(),
                                Link.none(),
                                IndicatorFixtures.incidents(plan.city(), List.of())))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.contact(), () -> indicators.record(incidents, year(2025, 5, 2, 3, 0))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> indicators.indicator(incidents)))
                .isInstanceOf(NotFoundException.class);

        // the coordinator of the city names another city's commitment, or its own commitment with another's action
        assertThatThrownBy(() -> as(
                        plan.coordinator(),
                        () -> indicators.define(new NewIndicator(
                                plan.city().city().id(),
                                new Link(other.plan(), other.commitment(), null),
                                IndicatorFixtures.incidents(plan.city(), List.of())))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.foreign");
        assertThatThrownBy(() -> as(
                        plan.coordinator(),
                        () -> indicators.define(new NewIndicator(
                                plan.city().city().id(),
                                new Link(plan.plan(), plan.commitment(), other.action()),
                                IndicatorFixtures.incidents(plan.city(), List.of())))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.foreign");
        assertThatThrownBy(() -> as(
                        plan.coordinator(),
                        () -> indicators.define(new NewIndicator(
                                plan.city().city().id(),
                                Link.none(),
                                IndicatorFixtures.incidents(other.city(), List.of())))))
                .as("another city's department")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.foreign");
        assertThatThrownBy(() ->
                        as(plan.contact(), () -> indicators.record(incidents, categoryOf("breakdown-disability"))))
                .as("a dimension the indicator is not broken down by")
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("indicator.rule.category");
    }

    @Test
    void thePublicReadsOnlyLockedPeriodsAndNoSmallCellThatCouldBeWorkedOut() {
        as(plan.contact(), () -> {
            indicators.record(incidents, year(2024, 50, 30, 20, 0));
            indicators.record(incidents, year(2025, 57, 30, 25, 2));
        });
        as(plan.coordinator(), () -> indicators.lock(incidents, Period.parse("2025")));

        var published = indicators.published(incidents);
        assertThat(published.forPublication()).isTrue();
        assertThat(published.periods()).extracting(p -> p.period().toString()).containsExactly("2025");
        var cells = published.periods().get(0);
        assertThat(cells.cell(SEX, "diverse").orElseThrow().suppressed()).isTrue();
        assertThat(cells.cell(SEX, "diverse").orElseThrow().value()).isNull();
        assertThat(cells.cells().stream()
                        .filter(Indicators.ShownCell::suppressed)
                        .count())
                .as("another category too, or the small one is the total minus the rest")
                .isGreaterThanOrEqualTo(2);
        assertThat(cells.total().orElseThrow().value()).isEqualByComparingTo("57");

        var own = as(plan.contact(), () -> indicators.indicator(incidents));
        assertThat(own.period(Period.parse("2025"))
                        .orElseThrow()
                        .cell(SEX, "diverse")
                        .orElseThrow()
                        .value())
                .as("the city's people see every figure")
                .isEqualByComparingTo("2");
    }

    @Test
    void progressIsJudgedByTheGrowthRateAndAMissingDuePeriodNeedsAttention() {
        var due = Period.lastEnded(Frequency.YEARLY, LocalDate.now());
        var before = as(plan.coordinator(), () -> indicators.indicator(incidents));
        assertThat(before.needsAttention()).isTrue();
        assertThat(before.progression().status()).isEqualTo(ProgressStatus.NO_DATA);

        // from 40 at the end of 2020 towards 80 at the end of 2030 needs 7.2 % a year
        as(plan.contact(), () -> indicators.record(incidents, year(due.year(), grown(0.075, due), 0, 0, 0)));
        var after = as(plan.coordinator(), () -> indicators.indicator(incidents));
        assertThat(after.needsAttention()).isFalse();
        assertThat(after.progression().status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(after.progression().method()).isEqualTo(ProgressMethod.CAGR);

        as(plan.contact(), () -> indicators.record(incidents, year(due.year(), grown(0.045, due), 0, 0, 0)));
        assertThat(as(plan.coordinator(), () -> indicators.indicator(incidents))
                        .progression()
                        .status())
                .isEqualTo(ProgressStatus.MODERATE);
        as(plan.contact(), () -> indicators.record(incidents, year(due.year(), 38, 0, 0, 0)));
        assertThat(as(plan.coordinator(), () -> indicators.ofPlan(plan.plan())))
                .singleElement()
                .satisfies(summary -> assertThat(summary.progression().status()).isEqualTo(ProgressStatus.OFF_TRACK));
    }

    @Test
    void aSpreadsheetIsPreviewedWithEveryRowsProblemsAndImportedOnceClean() {
        var broken = """
                period,dimension,category,value,status
                2025,total,total,57,
                2025-13,total,total,3,
                2025,breakdown-sex,female,,
                2025,breakdown-sex,unknown-category,4,
                2024,breakdown-sex,male,,NOT_COLLECTED
                """;
        var preview = as(plan.contact(), () -> indicators.previewImport(incidents, "figures.csv", bytes(broken)));
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problems())
                .extracting(ImportPreview.RowProblem::row, ImportPreview.RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, "indicator.rule.period"),
                        org.assertj.core.groups.Tuple.tuple(4, "indicator.rule.blank-is-not-zero"),
                        org.assertj.core.groups.Tuple.tuple(5, "indicator.rule.category"));
        assertThatThrownBy(
                        () -> as(plan.contact(), () -> indicators.importFile(incidents, "figures.csv", bytes(broken))))
                .isInstanceOf(RuleViolationException.class);

        var clean = """
                period;dimension;category;value;status
                2025;total;total;57;
                2025;breakdown-sex;female;30,5;ESTIMATED
                2024;breakdown-sex;male;;NOT_COLLECTED
                """;
        as(plan.contact(), () -> indicators.importFile(incidents, "figures.csv", bytes(clean)));
        var view = as(plan.coordinator(), () -> indicators.indicator(incidents));
        assertThat(view.periods()).hasSize(2);
        assertThat(view.period(Period.parse("2025"))
                        .orElseThrow()
                        .cell(SEX, "female")
                        .orElseThrow())
                .satisfies(cell -> {
                    assertThat(cell.value()).isEqualByComparingTo("30.5");
                    assertThat(cell.status()).isEqualTo(CellStatus.ESTIMATED);
                });
    }

    private PeriodEntry year(int year, long total, long... sexes) {
        return IndicatorFixtures.year(indicators, plan, year, total, List.of(SEX), sexes);
    }

    private static PeriodEntry categoryOf(String dimension) {
        return new PeriodEntry(
                Period.parse("2025"),
                List.of(new Cell(dimension, "with-disability", BigDecimal.TEN, CellStatus.MEASURED)));
    }

    /** The baseline of 40 (end of 2020) grown at the yearly rate to the end of the period. */
    private static long grown(double rate, Period period) {
        return Math.round(40 * Math.pow(1 + rate, period.year() - 2020));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
