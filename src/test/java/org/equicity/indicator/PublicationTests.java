package org.equicity.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.equicity.indicator.Dimension.Category;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The classic traps of publishing small counts, as the public pages and downloads of indicators meet them through
 * the disclosure module (whose own tests try its algorithm in depth).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationTests {

    static final Dimension SEX = new Dimension(
            "breakdown-sex",
            "2026",
            LocalizedText.of("en", "Sex"),
            List.of(category("female", null), category("male", null), category("diverse", null)));
    static final Dimension AGE = new Dimension(
            "breakdown-age-group",
            "2026",
            LocalizedText.of("en", "Age"),
            List.of(
                    category("age-0-17", null),
                    category("age-0-5", "age-0-17"),
                    category("age-6-11", "age-0-17"),
                    category("age-18-64", null)));

    @Autowired
    Publication publication;

    @Test
    void aSingleSmallCellInARowWithATotalTakesTheNextSmallestWithIt() {
        var shown = publish(
                Unit.COUNT,
                cell("total", "total", 57),
                cell(SEX, "female", 30),
                cell(SEX, "male", 25),
                cell(SEX, "diverse", 2));
        assertThat(suppressed(shown))
                .as("the small cell and one that would give it away")
                .contains("diverse")
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(shown.total().orElseThrow().value()).isEqualByComparingTo("57");
    }

    @Test
    void twoSmallCellsProtectEachOtherAndTrueZerosStay() {
        var shown = publish(
                Unit.COUNT,
                cell("total", "total", 40),
                cell(SEX, "female", 33),
                cell(SEX, "male", 4),
                cell(SEX, "diverse", 3));
        assertThat(suppressed(shown)).contains("male", "diverse");

        var zero = publish(Unit.COUNT, cell("total", "total", 40), cell(SEX, "female", 40), cell(SEX, "male", 0));
        assertThat(suppressed(zero)).isEmpty();
        assertThat(zero.cell(SEX.id(), "male").orElseThrow().isTrueZero()).isTrue();
    }

    @Test
    void aSmallNarrowCategoryIsProtectedWithinItsBroaderOne() {
        var shown = publish(
                Unit.COUNT,
                cell(AGE, "age-0-17", 30),
                cell(AGE, "age-0-5", 3),
                cell(AGE, "age-6-11", 27),
                cell(AGE, "age-18-64", 80));
        assertThat(suppressed(shown)).contains("age-0-5").containsAnyOf("age-6-11", "age-0-17");
    }

    @Test
    void confidentialCellsLoseTheirFigureAndOnlyLockedPeriodsArePublished() {
        var confidential = new ShownCell(SEX.id(), "female", BigDecimal.valueOf(50), CellStatus.CONFIDENTIAL, false);
        var locked = new PeriodFigures(
                Period.parse("2025"), true, List.of(confidential, cell(SEX, "male", 60), cell(SEX, "diverse", 40)));
        var open = new PeriodFigures(Period.parse("2026"), false, List.of(cell(SEX, "male", 70)));
        var published = publication.publish(Unit.COUNT, List.of(SEX), List.of(locked, open));
        assertThat(published).hasSize(1);
        var female = published.get(0).cell(SEX.id(), "female").orElseThrow();
        assertThat(female.value()).isNull();
        assertThat(female.status()).isEqualTo(CellStatus.CONFIDENTIAL);
    }

    @Test
    void ratesAreNotCounts() {
        var shown = publish(Unit.PERCENT, cell(SEX, "female", 3), cell(SEX, "male", 5));
        assertThat(suppressed(shown)).isEmpty();
    }

    private PeriodFigures publish(Unit unit, ShownCell... cells) {
        return publication
                .publish(
                        unit, List.of(SEX, AGE), List.of(new PeriodFigures(Period.parse("2025"), true, List.of(cells))))
                .get(0);
    }

    private static List<String> suppressed(PeriodFigures figures) {
        return figures.cells().stream()
                .filter(ShownCell::suppressed)
                .map(ShownCell::category)
                .toList();
    }

    private static ShownCell cell(Dimension dimension, String category, long value) {
        return cell(dimension.id(), category, value);
    }

    private static ShownCell cell(String dimension, String category, long value) {
        return new ShownCell(dimension, category, BigDecimal.valueOf(value), CellStatus.MEASURED, false);
    }

    private static Category category(String code, String parent) {
        return new Category(code, new LocalizedText(Map.of("en", code)), parent, parent == null ? 0 : 1);
    }
}
