package org.equicity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.CellStatus;
import org.equicity.disclosure.Disclosure.LegendEntry;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.PublishedTable;
import org.equicity.disclosure.Disclosure.Rules;
import org.equicity.disclosure.Disclosure.Value;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The classic traps of publishing small figures, each told as the table a city would publish: the protected table
 * must hide the small figures and everything a reader could work them out from.
 */
class ProtectionTests {

    static final Rules SUPPRESS_ONLY = Rules.DEFAULT.withCollapse(false);

    final Disclosure disclosure = service(Map.of());

    static Disclosure service(Map<String, String> properties) {
        var settings = new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("equicity.disclosure", DisclosureSettings.class);
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/disclosure");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DisclosureService(settings, messages);
    }

    @Test
    void aSingleSmallCellInARowWithATotalTakesAnotherCellWithIt() {
        var tables = Tables.over(Tables.flat("sex", "total", "female", "male", "diverse"))
                .count("2025", 60, "total")
                .count("2025", 31, "female")
                .count("2025", 25, "male")
                .count("2025", 4, "diverse");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(markers(published))
                .containsExactly(null, null, Marker.SUPPRESSED_COMPLEMENTARY, Marker.SUPPRESSED_SMALL);
        assertThat(Tables.find(published, "2025", tables.coordinates("male")).value())
                .as("the smallest other figure is hidden, since it loses the least")
                .isNull();
        assertThat(published.legend())
                .extracting(LegendEntry::marker)
                .containsExactly(Marker.SUPPRESSED_SMALL, Marker.SUPPRESSED_COMPLEMENTARY);
        assertThat(Recovery.recoverable(tables.table(), published)).isEmpty();
    }

    @Test
    void twoSmallCellsInARowProtectEachOther() {
        var tables = Tables.over(Tables.flat("age", "total", "under 25", "25 to 64", "65 and over"))
                .count("2025", 52, "total")
                .count("2025", 7, "under 25")
                .count("2025", 40, "25 to 64")
                .count("2025", 5, "65 and over");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(markers(published)).containsExactly(null, Marker.SUPPRESSED_SMALL, null, Marker.SUPPRESSED_SMALL);
    }

    @Test
    void aSmallCellInABreakdownByTwoDimensionsIsProtectedInItsRowAndItsColumn() {
        var tables = Tables.over(
                        Tables.flat("district", "city", "north", "south", "east"),
                        Tables.flat("sex", "total", "female", "male"))
                .grid("2025", new long[][] {
                    {150, 80, 70},
                    {50, 26, 24},
                    {62, 50, 12},
                    {38, 4, 34}
                });

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(hidden(published, tables, "2025"))
                .as("east/female is small; east/male, north/female and north/male complete the rectangle")
                .containsExactlyInAnyOrder("north/female", "north/male", "east/female", "east/male");
        assertThat(Recovery.recoverable(tables.table(), published)).isEmpty();
    }

    @Test
    void twoSmallCellsOfOneColumnProtectEachOtherThereButEachNeedsAPartnerInItsRow() {
        var tables = Tables.over(
                        Tables.flat("district", "city", "north", "south"),
                        Tables.flat("origin", "total", "EU", "non-EU", "unknown"))
                .grid("2025", new long[][] {
                    {120, 70, 40, 10},
                    {60, 35, 22, 3},
                    {60, 35, 18, 7}
                });

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(hidden(published, tables, "2025")).contains("north/unknown", "south/unknown");
        assertThat(Recovery.recoverable(tables.table(), published))
                .as("the city's total of unknown origin (10) is shown, so one of the two is hidden with a partner")
                .isEmpty();
        assertThat(hidden(published, tables, "2025")).hasSize(4);
    }

    /**
     * A stable population changes little from one year to the next: showing last year's figure for the group whose
     * figure is hidden this year gives it away almost exactly. The default rules hide the cell, and what protects
     * it, in every period.
     */
    @Test
    void aCellHiddenThisYearIsHiddenLastYearToo() {
        var tables = Tables.over(Tables.flat("sex", "total", "female", "male"));
        tables.count("2024", 45, "total").count("2024", 34, "female").count("2024", 11, "male");
        tables.count("2025", 43, "total").count("2025", 34, "female").count("2025", 9, "male");

        var consistent = disclosure.publish(tables.table(), SUPPRESS_ONLY);
        var yearByYear = disclosure.publish(tables.table(), SUPPRESS_ONLY.withConsistentAcrossPeriods(false));

        assertThat(Tables.find(consistent, "2024", tables.coordinates("male")).value())
                .isNull();
        assertThat(Tables.find(consistent, "2024", tables.coordinates("female")).value())
                .as("and last year's female figure, which with last year's total would give it away")
                .isNull();
        assertThat(Tables.find(yearByYear, "2024", tables.coordinates("male")).value())
                .isEqualTo(Value.count(11));
        assertThat(Recovery.recoverable(tables.table(), consistent)).isEmpty();
    }

    @Test
    void aSmallTotalIsProtectedInEveryBreakdownOfTheSamePeriodThatAddsUpToIt() {
        // the same people broken down by sex and, separately, by age: the city total of the east is shared
        var tables = Tables.over(
                Tables.flat("district", "city", "north", "east"),
                Tables.flat("sex", "total", "female", "male"),
                Tables.flat("age", "all", "young", "old"));
        tables.count("2025", 60, "city", "total", "all")
                .count("2025", 52, "north", "total", "all")
                .count("2025", 8, "east", "total", "all");
        tables.count("2025", 30, "city", "female", "all")
                .count("2025", 30, "city", "male", "all")
                .count("2025", 25, "north", "female", "all")
                .count("2025", 27, "north", "male", "all")
                .count("2025", 5, "east", "female", "all")
                .count("2025", 3, "east", "male", "all");
        tables.count("2025", 20, "city", "total", "young")
                .count("2025", 40, "city", "total", "old")
                .count("2025", 20, "north", "total", "young")
                .count("2025", 32, "north", "total", "old")
                .count("2025", 0, "east", "total", "young")
                .count("2025", 8, "east", "total", "old");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(Recovery.recoverable(tables.table(), published)).isEmpty();
        assertThat(Tables.find(published, "2025", tables.coordinates("north", "total", "old"))
                        .value())
                .as("the north's old, or the east's would follow from the city's old")
                .isNull();
    }

    @Test
    void confidentialFiguresAreProtectedLikeSmallOnesWhileFiguresNotCollectedNeedNoProtection() {
        var tables = Tables.over(Tables.flat("ground", "all", "origin", "religion", "disability"));
        tables.count("2025", 90, "all")
                .cell(new Cell("2025", tables.coordinates("origin"), Value.count(40), CellStatus.CONFIDENTIAL))
                .count("2025", 30, "religion")
                .count("2025", 20, "disability");
        tables.count("2024", 80, "all")
                .cell(new Cell("2024", tables.coordinates("origin"), null, CellStatus.NOT_COLLECTED))
                .count("2024", 30, "religion")
                .count("2024", 0, "disability");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY.withConsistentAcrossPeriods(false));

        assertThat(markers(published))
                .containsExactly(
                        null,
                        Marker.CONFIDENTIAL,
                        null,
                        Marker.SUPPRESSED_COMPLEMENTARY,
                        null,
                        Marker.NOT_COLLECTED,
                        null,
                        Marker.TRUE_ZERO);
        assertThat(Tables.find(published, "2024", tables.coordinates("disability"))
                        .value())
                .as("a true zero is a figure, shown as such")
                .isEqualTo(Value.count(0));
    }

    @Test
    void aPartNotCollectedOrLeftOutOfTheTableProtectsNothingSinceTheTotalMayHaveBeenAddedUpWithoutIt() {
        var tables = Tables.over(Tables.flat("department", "all", "culture", "police", "schools", "housing"));
        tables.count("2025", 70, "all")
                .count("2025", 6, "culture")
                .cell(new Cell("2025", tables.coordinates("police"), null, CellStatus.NOT_COLLECTED))
                .count("2025", 64, "schools");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(markers(published))
                .as("the police's figure and the housing's, absent, do not hide the culture's small one")
                .containsExactly(null, Marker.SUPPRESSED_SMALL, Marker.NOT_COLLECTED, Marker.SUPPRESSED_COMPLEMENTARY);
        assertThat(Recovery.recoverable(tables.table(), published)).isEmpty();
    }

    @Test
    void aTrueZeroIsNotHiddenToProtectASmallFigureWhileAnotherFigureCanBe() {
        var tables = Tables.over(Tables.flat("ground", "all", "origin", "religion", "disability"))
                .count("2025", 48, "all")
                .count("2025", 6, "origin")
                .count("2025", 0, "religion")
                .count("2025", 42, "disability");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(markers(published))
                .containsExactly(null, Marker.SUPPRESSED_SMALL, Marker.TRUE_ZERO, Marker.SUPPRESSED_COMPLEMENTARY);
    }

    @Test
    void aTableThatDoesNotFitItsDimensionsIsRefused() {
        var sex = Tables.flat("sex", "total", "female", "male");
        var unknownCategory = Tables.over(sex).count("2025", 12, "other");
        var twice = Tables.over(sex).count("2025", 12, "female").count("2025", 13, "female");
        var circular = new Disclosure.Dimension(
                "age", List.of(new Disclosure.Category("young", "old"), new Disclosure.Category("old", "young")));

        assertThatThrownBy(() -> disclosure.publish(unknownCategory.table(), Rules.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
        assertThatThrownBy(() -> disclosure.publish(twice.table(), Rules.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two cells");
        assertThatThrownBy(() -> disclosure.publish(new Disclosure.Table(List.of(circular), List.of()), Rules.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cycle");
    }

    @Test
    void ratesAreSuppressedWhenTheirNumeratorOrTheirDenominatorIsSmall() {
        var tables = Tables.over(Tables.flat("department", "all", "culture", "police", "schools"));
        tables.cell(Cell.measured("2025", tables.coordinates("all"), Value.rate(60, 400)))
                .cell(Cell.measured("2025", tables.coordinates("culture"), Value.rate(12, 25)))
                .cell(Cell.measured("2025", tables.coordinates("police"), Value.rate(9, 180)))
                .cell(Cell.measured("2025", tables.coordinates("schools"), Value.rate(39, 195)));

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(markers(published)).containsExactly(null, Marker.SUPPRESSED_SMALL, Marker.SUPPRESSED_SMALL, null);
    }

    @Test
    void roundingToBaseFivePublishesEveryShownFigureRoundedAndSaysSo() {
        var tables = Tables.over(Tables.flat("sex", "total", "female", "male"))
                .count("2025", 57, "total")
                .count("2025", 33, "female")
                .count("2025", 24, "male");

        var published = disclosure.publish(tables.table(), SUPPRESS_ONLY.withRoundingBase(5));

        assertThat(published.cells())
                .extracting(cell -> cell.value().numerator())
                .containsExactly(55L, 35L, 25L);
        assertThat(published.legend()).extracting(LegendEntry::marker).containsExactly(Marker.ROUNDED);
        assertThat(Protection.round(12, 5)).isEqualTo(10);
        assertThat(Protection.round(13, 5)).isEqualTo(15);
    }

    @Test
    void collapsingAgeBandsIntoTheirGroupPublishesTheGroupInsteadOfAColumnOfHoles() {
        var tables = Tables.over(
                        Tables.flat("sex", "total", "female", "male"),
                        Tables.tree("age", "all", "young<all", "0-14<young", "15-24<young", "adult<all"))
                .grid("2025", new long[][] {
                    {105, 20, 9, 11, 85},
                    {50, 10, 4, 6, 40},
                    {55, 10, 5, 5, 45}
                });

        var collapsed = disclosure.publish(tables.table(), Rules.DEFAULT);
        var suppressed = disclosure.publish(tables.table(), SUPPRESS_ONLY);

        assertThat(hidden(suppressed, tables, "2025"))
                .containsExactlyInAnyOrder(
                        "total/0-14", "total/15-24", "female/0-14", "female/15-24", "male/0-14", "male/15-24");
        assertThat(suppressed.cells()).noneMatch(cell -> cell.marker() == Marker.COLLAPSED);
        assertThat(hidden(collapsed, tables, "2025")).hasSize(6);
        assertThat(collapsed.cells())
                .filteredOn(cell -> cell.value() == null)
                .allMatch(cell -> cell.marker() == Marker.COLLAPSED);
        assertThat(Tables.find(collapsed, "2025", tables.coordinates("female", "young"))
                        .value())
                .isEqualTo(Value.count(10));
        assertThat(collapsed.legend()).extracting(LegendEntry::marker).containsExactly(Marker.COLLAPSED);
    }

    @Test
    void collapsingIsLeftAloneWhereItWouldFoldAwayAsManyFiguresAsItSaves() {
        var tables = Tables.over(
                        Tables.flat("district", "city", "north", "south", "east"),
                        Tables.tree("age", "all", "young<all", "0-14<young", "15-24<young", "adult<all"))
                .grid("2025", new long[][] {
                    {216, 106, 40, 66, 110},
                    {60, 30, 6, 24, 30},
                    {66, 26, 12, 14, 40},
                    {90, 50, 22, 28, 40}
                });

        var published = disclosure.publish(tables.table(), Rules.DEFAULT);

        assertThat(hidden(published, tables, "2025"))
                .as("four holes, against four figures of the city and the east that collapsing would fold away")
                .containsExactlyInAnyOrder("north/0-14", "north/15-24", "south/0-14", "south/15-24");
        assertThat(published.cells()).noneMatch(cell -> cell.marker() == Marker.COLLAPSED);
    }

    @Test
    void theCitysOwnPeopleSeeEveryFigureWithThoseThePublicDoesNotSeeMarked() {
        var tables = Tables.over(Tables.flat("sex", "total", "female", "male"))
                .count("2025", 40, "total")
                .count("2025", 31, "female")
                .count("2025", 9, "male");

        var internal = disclosure.review(tables.table(), Rules.DEFAULT);

        assertThat(internal.cells())
                .extracting(cell -> cell.value().numerator())
                .containsExactly(40L, 31L, 9L);
        assertThat(internal.cells())
                .extracting(Disclosure.InternalCell::notForPublication)
                .containsExactly(false, true, true);
        assertThat(internal.cells().get(2).publishedMarker()).isEqualTo(Marker.SUPPRESSED_SMALL);
        assertThat(internal.legend()).extracting(LegendEntry::marker).contains(Marker.NOT_FOR_PUBLICATION);
    }

    @Test
    void aDatasetCanBeProtectedMoreStrictlyThanTheInstallation() {
        var configured = service(Map.of(
                "equicity.disclosure.minimum-count", "5",
                "equicity.disclosure.datasets.hate-crime-victims.minimum-count", "20",
                "equicity.disclosure.datasets.hate-crime-victims.rounding-base", "5"));

        assertThat(configured.rules("staff").minimumCount()).isEqualTo(5);
        assertThat(configured.rules("hate-crime-victims")).isEqualTo(new Rules(20, 10, 30, 5, true, true, false));
    }

    static Marker[] markers(PublishedTable published) {
        return published.cells().stream().map(cell -> cell.marker()).toArray(Marker[]::new);
    }

    static List<String> hidden(PublishedTable published, Tables tables, String period) {
        return published.cells().stream()
                .filter(cell -> cell.period().equals(period) && cell.value() == null)
                .map(cell -> tables.table().dimensions().stream()
                        .map(dimension -> cell.categories().get(dimension.code()))
                        .collect(Collectors.joining("/")))
                .toList();
    }
}
