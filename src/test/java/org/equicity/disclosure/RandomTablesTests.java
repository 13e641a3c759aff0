package org.equicity.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.equicity.disclosure.Disclosure.Category;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.CellStatus;
import org.equicity.disclosure.Disclosure.Dimension;
import org.equicity.disclosure.Disclosure.PublishedTable;
import org.equicity.disclosure.Disclosure.Rules;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;
import org.junit.jupiter.api.Test;

/**
 * Whatever table a city publishes, no protected figure can be worked out from any single sum of the table: a few
 * hundred random tables (one to three dimensions with hierarchies, one to three periods, counts or rates, some
 * figures confidential, not collected or missing), always the same ones (fixed seed), each protected under several rules.
 */
class RandomTablesTests {

    static final int TABLES = 300;

    final Disclosure disclosure = ProtectionTests.service(Map.of());
    final Random random = new Random(20261207L);

    @Test
    void noProtectedFigureCanBeWorkedOutFromAnySingleSum() {
        for (int t = 0; t < TABLES; t++) {
            var table = randomTable();
            var rules = new Rules(10, 10, 30, 0, random.nextBoolean(), random.nextBoolean(), random.nextInt(5) == 0);
            var published = disclosure.publish(table, rules);

            assertThat(Recovery.recoverable(table, published))
                    .as("table %d under %s", t, rules)
                    .isEmpty();
            assertSmallAndConfidentialHidden(table, published, rules);
            if (rules.consistentAcrossPeriods()) {
                assertHiddenInEveryPeriod(published);
            }
        }
    }

    private void assertSmallAndConfidentialHidden(Table table, PublishedTable published, Rules rules) {
        for (int i = 0; i < table.cells().size(); i++) {
            var cell = table.cells().get(i);
            var shown = published.cells().get(i).value();
            if (cell.status() == CellStatus.CONFIDENTIAL || cell.status() == CellStatus.NOT_COLLECTED) {
                assertThat(shown).as("cell %s", cell).isNull();
            } else if (shown != null) {
                assertThat(shown).as("a figure shown is shown as measured").isEqualTo(cell.value());
                assertThat(small(cell.value(), rules))
                        .as("cell %s is small", cell)
                        .isFalse();
            }
        }
    }

    private static boolean small(Value value, Rules rules) {
        if (value.numerator() == 0 && !rules.suppressZeros()) {
            return value.isRate() && value.denominator() < rules.minimumDenominator();
        }
        return value.isRate()
                ? value.numerator() < rules.minimumNumerator() || value.denominator() < rules.minimumDenominator()
                : value.numerator() < rules.minimumCount();
    }

    private static void assertHiddenInEveryPeriod(PublishedTable published) {
        var hiddenPlaces = published.cells().stream()
                .filter(cell -> Suppression.mustStayHidden(cell.marker()))
                .map(cell -> cell.categories())
                .collect(Collectors.toSet());
        assertThat(published.cells())
                .filteredOn(cell -> hiddenPlaces.contains(cell.categories()))
                .allMatch(cell -> cell.value() == null);
    }

    private Table randomTable() {
        var dimensions = new ArrayList<Dimension>();
        int count = 1 + random.nextInt(3);
        for (int d = 0; d < count; d++) {
            dimensions.add(randomDimension("d" + d, count));
        }
        var rates = random.nextInt(4) == 0;
        var cells = new ArrayList<Cell>();
        int periods = 1 + random.nextInt(3);
        for (int p = 0; p < periods; p++) {
            var leaves = new HashMap<List<String>, long[]>();
            for (var place : places(dimensions)) {
                if (random.nextInt(50) == 0) {
                    continue; // a table need not hold every combination
                }
                cells.add(cell("20" + (20 + p), dimensions, place, sum(dimensions, place, leaves), rates));
            }
        }
        return new Table(dimensions, cells);
    }

    /** A total, two to four categories under it, and some of them split once more. */
    private Dimension randomDimension(String code, int dimensions) {
        var categories = new ArrayList<Category>();
        categories.add(Category.total(code + "-total"));
        int children = 2 + random.nextInt(dimensions == 3 ? 2 : 3);
        for (int c = 0; c < children; c++) {
            var child = code + "-" + c;
            categories.add(new Category(child, code + "-total"));
            if (random.nextInt(dimensions == 3 ? 5 : 3) == 0) {
                for (int g = 0; g < 2 + random.nextInt(2); g++) {
                    categories.add(new Category(child + "-" + g, child));
                }
            }
        }
        return new Dimension(code, categories);
    }

    private static List<List<String>> places(List<Dimension> dimensions) {
        List<List<String>> places = List.of(List.of());
        for (var dimension : dimensions) {
            var longer = new ArrayList<List<String>>();
            for (var place : places) {
                for (var category : dimension.categories()) {
                    var next = new ArrayList<>(place);
                    next.add(category.code());
                    longer.add(next);
                }
            }
            places = longer;
        }
        return places;
    }

    /** The numerator and denominator of a place: the sum over the leaves below it, drawn once per period. */
    private long[] sum(List<Dimension> dimensions, List<String> place, Map<List<String>, long[]> leaves) {
        var total = new long[2];
        for (var leaf : leavesBelow(dimensions, place)) {
            var figure = leaves.computeIfAbsent(leaf, key -> draw());
            total[0] += figure[0];
            total[1] += figure[1];
        }
        return total;
    }

    private long[] draw() {
        long numerator = random.nextInt(3) == 0 ? random.nextInt(10) : 10 + random.nextInt(60);
        return new long[] {numerator, numerator + random.nextInt(80)};
    }

    private static List<List<String>> leavesBelow(List<Dimension> dimensions, List<String> place) {
        List<List<String>> leaves = List.of(List.of());
        for (int d = 0; d < dimensions.size(); d++) {
            var below = leavesOf(dimensions.get(d), place.get(d));
            var longer = new ArrayList<List<String>>();
            for (var leaf : leaves) {
                for (var category : below) {
                    var next = new ArrayList<>(leaf);
                    next.add(category);
                    longer.add(next);
                }
            }
            leaves = longer;
        }
        return leaves;
    }

    private static List<String> leavesOf(Dimension dimension, String category) {
        var children = dimension.categories().stream()
                .filter(child -> category.equals(child.parent()))
                .toList();
        if (children.isEmpty()) {
            return List.of(category);
        }
        return children.stream()
                .flatMap(child -> leavesOf(dimension, child.code()).stream())
                .toList();
    }

    private Cell cell(String period, List<Dimension> dimensions, List<String> place, long[] figure, boolean rate) {
        var categories = new HashMap<String, String>();
        for (int d = 0; d < dimensions.size(); d++) {
            categories.put(dimensions.get(d).code(), place.get(d));
        }
        var status = random.nextInt(40) == 0
                ? CellStatus.CONFIDENTIAL
                : random.nextInt(40) == 0 ? CellStatus.NOT_COLLECTED : CellStatus.MEASURED;
        if (status == CellStatus.NOT_COLLECTED) {
            return new Cell(period, categories, null, status);
        }
        var value = rate ? Value.rate(figure[0], figure[1]) : Value.count(figure[0]);
        return new Cell(period, categories, value, status);
    }
}
