package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.Table;

/**
 * A table as numbers: every cell's period and categories, and the linear constraints a reader could use to work out
 * a hidden figure. For every cell and every dimension in which its category has sub-categories, the cell is the sum
 * of the cells of the sub-categories with the same period and the same categories of the other dimensions: a row
 * or column total, a total of another breakdown of the same period, or an intermediate level of a hierarchy.
 */
final class Grid {

    /** A part of a constraint that is not in the table. */
    static final int MISSING = -1;

    private final Hierarchy[] hierarchies;
    private final int[][] coordinates;
    private final int[] periods;
    private final Map<Long, Integer> cellsByKey = new HashMap<>();
    private final int[][] constraints;
    private final int[][] constraintsOf;
    private final int[][] samePlaceOtherPeriods;

    private Grid(Table table) {
        hierarchies = table.dimensions().stream().map(Hierarchy::new).toArray(Hierarchy[]::new);
        var cells = table.cells();
        coordinates = new int[cells.size()][];
        periods = new int[cells.size()];
        var periodIndexes = new HashMap<String, Integer>();
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            coordinates[i] = coordinatesOf(cell);
            periods[i] = periodIndexes.computeIfAbsent(cell.period(), period -> periodIndexes.size());
            if (cellsByKey.put(key(periods[i], coordinates[i]), i) != null) {
                throw new IllegalArgumentException("two cells for " + cell.period() + " " + cell.categories());
            }
        }
        constraints = buildConstraints();
        constraintsOf = invert(constraints, cells.size());
        samePlaceOtherPeriods = groupAcrossPeriods();
    }

    static Grid of(Table table) {
        return new Grid(table);
    }

    int dimensions() {
        return hierarchies.length;
    }

    Hierarchy hierarchy(int dimension) {
        return hierarchies[dimension];
    }

    int category(int cell, int dimension) {
        return coordinates[cell][dimension];
    }

    /** Each constraint: the total first, then its parts ({@link #MISSING} where a part is not in the table). */
    int[][] constraints() {
        return constraints;
    }

    int[] constraintsOf(int cell) {
        return constraintsOf[cell];
    }

    /** The cells with the same categories in the other periods. */
    int[] samePlaceOtherPeriods(int cell) {
        return samePlaceOtherPeriods[cell];
    }

    private int[] coordinatesOf(Cell cell) {
        if (cell.categories().size() != hierarchies.length) {
            throw new IllegalArgumentException("a cell names a category of every dimension: " + cell.categories());
        }
        var result = new int[hierarchies.length];
        for (int d = 0; d < hierarchies.length; d++) {
            var dimension = hierarchies[d];
            var category = cell.categories().get(dimension.code());
            if (category == null) {
                throw new IllegalArgumentException("a cell without a category of " + dimension.code());
            }
            result[d] = dimension.index(category);
        }
        return result;
    }

    private long key(int period, int[] categories) {
        long key = period;
        for (int d = 0; d < hierarchies.length; d++) {
            key = Math.addExact(Math.multiplyExact(key, hierarchies[d].size()), categories[d]);
        }
        return key;
    }

    private int[][] buildConstraints() {
        var result = new ArrayList<int[]>();
        for (int cell = 0; cell < periods.length; cell++) {
            for (int d = 0; d < hierarchies.length; d++) {
                var parts = hierarchies[d].children(coordinates[cell][d]);
                if (parts.length == 0) {
                    continue;
                }
                var constraint = new int[parts.length + 1];
                constraint[0] = cell;
                var present = false;
                var at = coordinates[cell].clone();
                for (int p = 0; p < parts.length; p++) {
                    at[d] = parts[p];
                    constraint[p + 1] = cellsByKey.getOrDefault(key(periods[cell], at), MISSING);
                    present |= constraint[p + 1] != MISSING;
                }
                if (present) {
                    result.add(constraint);
                }
            }
        }
        return result.toArray(int[][]::new);
    }

    private static int[][] invert(int[][] constraints, int cells) {
        var counts = new int[cells];
        for (var constraint : constraints) {
            for (var cell : constraint) {
                if (cell != MISSING) {
                    counts[cell]++;
                }
            }
        }
        var result = new int[cells][];
        for (int cell = 0; cell < cells; cell++) {
            result[cell] = new int[counts[cell]];
        }
        var filled = new int[cells];
        for (int c = 0; c < constraints.length; c++) {
            for (var cell : constraints[c]) {
                if (cell != MISSING) {
                    result[cell][filled[cell]++] = c;
                }
            }
        }
        return result;
    }

    private int[][] groupAcrossPeriods() {
        var places = new HashMap<Long, List<Integer>>();
        for (int cell = 0; cell < periods.length; cell++) {
            places.computeIfAbsent(key(0, coordinates[cell]), place -> new ArrayList<>())
                    .add(cell);
        }
        var result = new int[periods.length][];
        for (var cells : places.values()) {
            for (var cell : cells) {
                result[cell] = cells.stream()
                        .mapToInt(Integer::intValue)
                        .filter(other -> other != cell)
                        .toArray();
            }
        }
        return result;
    }
}
