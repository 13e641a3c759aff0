package org.equicity.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.equicity.disclosure.Disclosure.CellStatus;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.Rules;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;
import org.equicity.disclosure.Suppression.Fold;
import org.jspecify.annotations.Nullable;

/** One protection of one table: which cells are hidden and why, and what the others show. */
final class Protection {

    private final Table table;
    private final Rules rules;
    private final Grid grid;
    private final Suppression suppression;

    private Protection(Table table, Rules rules) {
        this.table = table;
        this.rules = rules;
        this.grid = Grid.of(table);
        this.suppression = new Suppression(grid, table.cells(), rules);
    }

    static Outcome protect(Table table, Rules rules) {
        var protection = new Protection(table, rules);
        return protection.outcome(protection.hide());
    }

    /**
     * Suppresses, and where the rules allow, collapses the sub-categories of a category into it when that removes
     * more suppressed cells than the figures it folds away, so that a reader gets a coarser but readable breakdown
     * instead of a table of holes. The deepest categories are tried first, which keeps the most detail. A dimension's
     * total is never collapsed: publishing no breakdown at all is the caller's decision, not a rule's.
     */
    private Marker[] hide() {
        var folds = new ArrayList<Fold>();
        var best = suppression.run(folds);
        if (!rules.collapse()) {
            return best;
        }
        for (var candidate : candidates()) {
            if (covered(candidate, folds) || !hasHoleBelow(candidate, best)) {
                continue;
            }
            folds.add(candidate);
            var trial = suppression.run(folds);
            if (holesSaved(best, trial) > figuresLost(best, trial)) {
                best = trial;
            } else {
                folds.remove(folds.size() - 1);
            }
        }
        return best;
    }

    private List<Fold> candidates() {
        var result = new ArrayList<Fold>();
        for (int d = 0; d < grid.dimensions(); d++) {
            var hierarchy = grid.hierarchy(d);
            for (int category = 0; category < hierarchy.size(); category++) {
                if (hierarchy.children(category).length > 0 && hierarchy.depth(category) > 0) {
                    result.add(new Fold(d, category));
                }
            }
        }
        result.sort(Comparator.comparingInt(
                (Fold fold) -> -grid.hierarchy(fold.dimension()).depth(fold.category())));
        return result;
    }

    private boolean covered(Fold candidate, List<Fold> folds) {
        return folds.stream()
                .anyMatch(fold -> fold.dimension() == candidate.dimension()
                        && grid.hierarchy(fold.dimension()).isBelow(candidate.category(), fold.category()));
    }

    private boolean hasHoleBelow(Fold candidate, Marker[] markers) {
        var hierarchy = grid.hierarchy(candidate.dimension());
        for (int cell = 0; cell < markers.length; cell++) {
            if (isHole(markers[cell])
                    && hierarchy.isBelow(grid.category(cell, candidate.dimension()), candidate.category())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHole(Marker marker) {
        return marker == Marker.SUPPRESSED_SMALL || marker == Marker.SUPPRESSED_COMPLEMENTARY;
    }

    private static int holesSaved(Marker[] before, Marker[] after) {
        int saved = 0;
        for (int cell = 0; cell < before.length; cell++) {
            if (isHole(before[cell]) && !isHole(after[cell])) {
                saved++;
            }
        }
        return saved;
    }

    private static int figuresLost(Marker[] before, Marker[] after) {
        int lost = 0;
        for (int cell = 0; cell < before.length; cell++) {
            if (before[cell] == null && after[cell] != null) {
                lost++;
            }
        }
        return lost;
    }

    private Outcome outcome(Marker[] hidden) {
        var published = new Value[hidden.length];
        var shown = new Marker[hidden.length];
        for (int i = 0; i < hidden.length; i++) {
            var cell = table.cells().get(i);
            if (hidden[i] != null) {
                shown[i] = hidden[i];
                continue;
            }
            published[i] = round(cell.value());
            shown[i] = shownMarker(cell.status(), cell.value());
        }
        return new Outcome(published, shown, rules.roundingBase() > 0);
    }

    private static @Nullable Marker shownMarker(CellStatus status, Value value) {
        return switch (status) {
            case PROVISIONAL -> Marker.PROVISIONAL;
            case ESTIMATED -> Marker.ESTIMATED;
            default -> value.numerator() == 0 ? Marker.TRUE_ZERO : null;
        };
    }

    private Value round(Value value) {
        var base = rules.roundingBase();
        if (base == 0) {
            return value;
        }
        var denominator = value.denominator();
        return new Value(round(value.numerator(), base), denominator != null ? round(denominator, base) : null);
    }

    /** To the nearest multiple of the base, halves up, as statistical offices round. */
    static long round(long figure, int base) {
        return (figure + base / 2) / base * base;
    }

    /** Per cell, in the table's order: the published figure (null where hidden) and the marker shown. */
    record Outcome(Value[] published, Marker[] markers, boolean rounded) {

        Value published(int cell) {
            return published[cell];
        }

        Marker marker(int cell) {
            return markers[cell];
        }
    }
}
