package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.disclosure.Disclosure.Category;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.Dimension;
import org.equicity.disclosure.Disclosure.PublishedCell;
import org.equicity.disclosure.Disclosure.PublishedTable;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;

/** Builds the tables the tests protect, written as a statistician would sketch them. */
final class Tables {

    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Cell> cells = new ArrayList<>();

    static Tables over(Dimension... dimensions) {
        var tables = new Tables();
        tables.dimensions.addAll(List.of(dimensions));
        return tables;
    }

    /** A dimension whose first category is the total and whose others roll up into it. */
    static Dimension flat(String code, String total, String... categories) {
        var all = new ArrayList<Category>();
        all.add(Category.total(total));
        for (var category : categories) {
            all.add(new Category(category, total));
        }
        return new Dimension(code, all);
    }

    /** A count for the categories given in the order of the dimensions. */
    Tables count(String period, long count, String... categories) {
        return cell(Cell.measured(period, coordinates(categories), Value.count(count)));
    }

    Tables cell(Cell cell) {
        cells.add(cell);
        return this;
    }

    Map<String, String> coordinates(String... categories) {
        var coordinates = new LinkedHashMap<String, String>();
        for (int i = 0; i < categories.length; i++) {
            coordinates.put(dimensions.get(i).code(), categories[i]);
        }
        return coordinates;
    }

    Table table() {
        return new Table(dimensions, cells);
    }

    static PublishedCell find(PublishedTable table, String period, Map<String, String> categories) {
        return table.cells().stream()
                .filter(cell ->
                        cell.period().equals(period) && cell.categories().equals(categories))
                .findFirst()
                .orElseThrow();
    }
}
