package org.equicity.monitoring.collection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equicity.disclosure.Disclosure;
import org.equicity.disclosure.Disclosure.Category;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.Dimension;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;
import org.equicity.monitoring.collection.DataCollection.ProtectedRow;
import org.equicity.monitoring.collection.DataCollection.ProtectedTable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Counts records into a table with every total and sub-total, and protects it with disclosure control: the only way
 * figures of this module reach a page, an export or the API.
 */
@Component
class CountTables {

    static final String TOTAL = "total";

    private final Disclosure disclosure;

    CountTables(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    /**
     * A dimension of the table: its categories in display order, each with the broader one it rolls up into (null
     * for a top category, which rolls up into the total).
     */
    record Axis(String code, Map<String, @Nullable String> parents) {

        Dimension dimension() {
            var categories = new ArrayList<Category>();
            categories.add(Category.total(TOTAL));
            parents.forEach((code, parent) -> categories.add(new Category(code, parent == null ? TOTAL : parent)));
            return new Dimension(code, categories);
        }

        /** The category and every broader one up to the total, each once. */
        Set<String> withAncestors(Set<String> codes) {
            var all = new LinkedHashSet<String>();
            all.add(TOTAL);
            for (var code : codes) {
                for (String at = code; at != null && all.add(at); at = parents.get(at)) {
                    // walks up to the top category
                }
            }
            return all;
        }
    }

    /** A record to count: for each axis the categories it falls into, and its weight (1, or a count of staff). */
    record Counted(List<Set<String>> categories, long weight) {}

    ProtectedTable protect(String title, String dataset, String period, List<Axis> axes, List<Counted> records) {
        var sums = new HashMap<List<String>, Long>();
        for (var record : records) {
            var expanded = new ArrayList<Set<String>>();
            for (int i = 0; i < axes.size(); i++) {
                expanded.add(axes.get(i).withAncestors(record.categories().get(i)));
            }
            for (var combination : combinations(expanded)) {
                sums.merge(combination, record.weight(), Long::sum);
            }
        }
        var cells = new ArrayList<Cell>();
        var all = new ArrayList<Set<String>>();
        axes.forEach(axis -> {
            var codes = new LinkedHashSet<String>();
            codes.add(TOTAL);
            codes.addAll(axis.parents().keySet());
            all.add(codes);
        });
        for (var combination : combinations(all)) {
            var categories = new LinkedHashMap<String, String>();
            for (int i = 0; i < axes.size(); i++) {
                categories.put(axes.get(i).code(), combination.get(i));
            }
            cells.add(Cell.measured(period, categories, Value.count(sums.getOrDefault(combination, 0L))));
        }
        var table = new Table(axes.stream().map(Axis::dimension).toList(), cells);
        var published = disclosure.publish(table, disclosure.rules(dataset));
        var rows = published.cells().stream()
                .map(cell -> new ProtectedRow(
                        cell.categories(),
                        cell.value() == null ? null : cell.value().numerator(),
                        cell.marker()))
                .toList();
        return new ProtectedTable(title, axes.stream().map(Axis::code).toList(), rows, published.legend());
    }

    private static List<List<String>> combinations(List<Set<String>> choices) {
        var result = new ArrayList<List<String>>();
        result.add(List.of());
        for (var choice : choices) {
            var next = new ArrayList<List<String>>();
            for (var prefix : result) {
                for (var code : choice) {
                    var longer = new ArrayList<>(prefix);
                    longer.add(code);
                    next.add(List.copyOf(longer));
                }
            }
            result = next;
        }
        return result;
    }
}
