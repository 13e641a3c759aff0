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

    /**
     * A dimension written as {@code "total", "young<total", "0-14<young"}: the first category is the total, every
     * other names its parent after a {@code <}.
     */
    static Dimension tree(String code, String total, String... categories) {
        var all = new ArrayList<Category>();
        all.add(Category.total(total));
        for (var category : categories) {
            var parts = category.split("<");
            all.add(new Category(parts[0], parts[1]));
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

    /** Counts of a two-dimensional table of one period, given row by row; the first row and column are totals. */
    Tables grid(String period, long[][] counts) {
        var rows = dimensions.get(0).categories();
        var columns = dimensions.get(1).categories();
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                count(period, counts[r][c], rows.get(r).code(), columns.get(c).code());
            }
        }
        return this;
    }

    static PublishedCell find(PublishedTable table, String period, Map<String, String> categories) {
        return table.cells().stream()
                .filter(cell ->
                        cell.period().equals(period) && cell.categories().equals(categories))
                .findFirst()
                .orElseThrow();
    }
}
