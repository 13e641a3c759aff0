package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.equicity.disclosure.Disclosure.Category;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.Dimension;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.PublishedTable;
import org.equicity.disclosure.Disclosure.Rules;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The figure of issue 14: the time to protect a 5,000-cell table with secondary suppression (target 1 s). Five years
 * of a breakdown by district (20 districts in 4 areas), age (6 bands in 3 groups) and sex (3 categories and the total), every
 * total and intermediate level included, with the small figures a city of this size really has. It prints the
 * median over 9 runs after 3 warm-up runs, with the default rules and without collapsing, and asserts nothing.
 * Run with {@code ./mvnw -Pbenchmark verify -Dtest=DisclosureBenchmarkTests}.
 */
@Tag("benchmark")
@EnabledIfSystemProperty(named = "equicity.benchmark", matches = "true")
class DisclosureBenchmarkTests {

    static final int YEARS = 5;

    final Disclosure disclosure = ProtectionTests.service(Map.of());

    @Test
    void protectsAFiveThousandCellTable() {
        var table = table(new Random(14L));
        for (var rules : List.of(Rules.DEFAULT, Rules.DEFAULT.withCollapse(false))) {
            var times = new long[9];
            int suppressed = 0;
            int collapsed = 0;
            for (int run = -3; run < times.length; run++) {
                var start = System.nanoTime();
                var published = disclosure.publish(table, rules);
                if (run >= 0) {
                    times[run] = System.nanoTime() - start;
                    suppressed = count(published, Marker.SUPPRESSED_SMALL, Marker.SUPPRESSED_COMPLEMENTARY);
                    collapsed = count(published, Marker.COLLAPSED);
                }
            }
            Arrays.sort(times);
            System.out.printf(
                    "disclosure: %d cells (collapse %s): median %d ms, %d cells suppressed, %d collapsed%n",
                    table.cells().size(), rules.collapse(), times[times.length / 2] / 1_000_000, suppressed, collapsed);
        }
    }

    private static int count(PublishedTable published, Marker... markers) {
        var wanted = Arrays.asList(markers);
        return (int) published.cells().stream()
                .filter(cell -> wanted.contains(cell.marker()))
                .count();
    }

    private static Table table(Random random) {
        var district = new ArrayList<Category>(List.of(Category.total("city")));
        for (int area = 0; area < 4; area++) {
            district.add(new Category("area " + area, "city"));
            for (int d = 0; d < 5; d++) {
                district.add(new Category("district " + area + "." + d, "area " + area));
            }
        }
        var age = new ArrayList<Category>(List.of(Category.total("all ages")));
        for (var group : List.of("young", "adult", "old")) {
            age.add(new Category(group, "all ages"));
            age.add(new Category(group + " 1", group));
            age.add(new Category(group + " 2", group));
        }
        var sex = List.of(
                Category.total("total"),
                new Category("female", "total"),
                new Category("male", "total"),
                new Category("diverse", "total"));
        var dimensions =
                List.of(new Dimension("district", district), new Dimension("age", age), new Dimension("sex", sex));
        var cells = new ArrayList<Cell>();
        for (int year = 0; year < YEARS; year++) {
            var leaves = new HashMap<List<String>, Long>();
            for (var d : district) {
                for (var a : age) {
                    for (var s : sex) {
                        long count = 0;
                        for (var leaf : leaves(dimensions, List.of(d.code(), a.code(), s.code()))) {
                            count += leaves.computeIfAbsent(
                                    leaf, key -> (long) random.nextInt(random.nextBoolean() ? 12 : 60));
                        }
                        cells.add(Cell.measured(
                                String.valueOf(2021 + year),
                                Map.of("district", d.code(), "age", a.code(), "sex", s.code()),
                                Value.count(count)));
                    }
                }
            }
        }
        return new Table(dimensions, cells);
    }

    private static List<List<String>> leaves(List<Dimension> dimensions, List<String> place) {
        List<List<String>> result = List.of(List.of());
        for (int d = 0; d < dimensions.size(); d++) {
            var longer = new ArrayList<List<String>>();
            for (var leaf : result) {
                for (var category : leavesOf(dimensions.get(d), place.get(d))) {
                    var next = new ArrayList<>(leaf);
                    next.add(category);
                    longer.add(next);
                }
            }
            result = longer;
        }
        return result;
    }

    private static List<String> leavesOf(Dimension dimension, String category) {
        var children = dimension.categories().stream()
                .filter(child -> category.equals(child.parent()))
                .toList();
        return children.isEmpty()
                ? List.of(category)
                : children.stream()
                        .flatMap(child -> leavesOf(dimension, child.code()).stream())
                        .toList();
    }
}
