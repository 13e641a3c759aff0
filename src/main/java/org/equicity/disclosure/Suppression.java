package org.equicity.disclosure;

import java.util.ArrayDeque;
import java.util.List;
import org.equicity.disclosure.Disclosure.Cell;
import org.equicity.disclosure.Disclosure.CellStatus;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.Rules;
import org.equicity.disclosure.Disclosure.Value;
import org.jspecify.annotations.Nullable;

/**
 * Decides which cells of a table are hidden, for a given set of collapsed categories. Primary suppression hides the
 * small and confidential figures; secondary suppression then walks the constraints of the table until none has
 * exactly one hidden figure that must stay hidden, each time hiding the smallest figure shown in the offending
 * constraint, since that loses the least information. Where the rules ask for it, a cell hidden in one period is
 * hidden in every period, so that neither the trend nor last year's table gives it away.
 */
final class Suppression {

    private final Grid grid;
    private final List<Cell> cells;
    private final Rules rules;

    Suppression(Grid grid, List<Cell> cells, Rules rules) {
        this.grid = grid;
        this.cells = cells;
        this.rules = rules;
    }

    /** Per cell the marker of a hidden figure, null for a figure shown. */
    Marker[] run(List<Fold> folds) {
        var markers = new Marker[cells.size()];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = primary(i, folds);
        }
        var queue = new ArrayDeque<Integer>();
        var queued = new boolean[grid.constraints().length];
        for (int c = 0; c < queued.length; c++) {
            queue.add(c);
            queued[c] = true;
        }
        if (rules.consistentAcrossPeriods()) {
            for (int i = 0; i < markers.length; i++) {
                if (mustStayHidden(markers[i])) {
                    hideInOtherPeriods(i, markers, queue, queued);
                }
            }
        }
        while (!queue.isEmpty()) {
            int constraint = queue.poll();
            queued[constraint] = false;
            var complement = complementNeeded(grid.constraints()[constraint], markers);
            if (complement >= 0) {
                hide(complement, markers, queue, queued);
                if (rules.consistentAcrossPeriods()) {
                    hideInOtherPeriods(complement, markers, queue, queued);
                }
            }
        }
        return markers;
    }

    private @Nullable Marker primary(int cell, List<Fold> folds) {
        var status = cells.get(cell).status();
        if (status == CellStatus.NOT_COLLECTED) {
            return Marker.NOT_COLLECTED;
        }
        if (status == CellStatus.CONFIDENTIAL) {
            return Marker.CONFIDENTIAL;
        }
        for (var fold : folds) {
            if (grid.hierarchy(fold.dimension()).isBelow(grid.category(cell, fold.dimension()), fold.category())) {
                return Marker.COLLAPSED;
            }
        }
        return isSmall(cells.get(cell).value()) ? Marker.SUPPRESSED_SMALL : null;
    }

    /** A true zero is shown unless the rules say otherwise; any other figure below a threshold is small. */
    private boolean isSmall(Value value) {
        var denominator = value.denominator();
        if (value.numerator() == 0 && !rules.suppressZeros()) {
            return denominator != null && denominator < rules.minimumDenominator();
        }
        if (denominator != null) {
            return value.numerator() < rules.minimumNumerator() || denominator < rules.minimumDenominator();
        }
        return value.numerator() < rules.minimumCount();
    }

    /**
     * Hidden figures that a reader must not work out: small, confidential and complementary ones (a complementary
     * figure worked out would give the one it protects away). Figures not collected or collapsed need no
     * protection: the first do not exist, the second are published inside their broader category.
     */
    static boolean mustStayHidden(Marker marker) {
        return marker == Marker.SUPPRESSED_SMALL
                || marker == Marker.CONFIDENTIAL
                || marker == Marker.SUPPRESSED_COMPLEMENTARY;
    }

    /**
     * The smallest figure shown in a constraint whose one unknown figure must stay hidden, or -1. A sum whose total
     * was not collected tells nothing.
     */
    private int complementNeeded(int[] constraint, Marker[] markers) {
        if (markers[constraint[0]] == Marker.NOT_COLLECTED) {
            return -1;
        }
        int unknown = -1;
        int unknowns = 0;
        for (var cell : constraint) {
            if (isUnknown(cell, markers)) {
                unknowns++;
                unknown = cell;
            }
        }
        if (unknowns != 1 || !mustStayHidden(markers[unknown])) {
            return -1;
        }
        int smallest = -1;
        for (var cell : constraint) {
            if (cell != Grid.MISSING && markers[cell] == null && (smallest < 0 || smaller(cell, smallest))) {
                smallest = cell;
            }
        }
        return smallest;
    }

    /**
     * Whether a reader does not know the figure of a part of a sum. A part that is not in the table, or was not
     * collected, protects nothing: where the total was added up from the parts that exist, it counts as zero.
     */
    private static boolean isUnknown(int cell, Marker[] markers) {
        return cell != Grid.MISSING && markers[cell] != null && markers[cell] != Marker.NOT_COLLECTED;
    }

    /**
     * Which of two shown figures to hide rather: the smaller, since it loses less, but never a zero while another
     * figure can be hidden, since a reader who guesses the zero (from last year, from the nature of the group) has the
     * protected figure back.
     */
    private boolean smaller(int cell, int than) {
        var a = cells.get(cell).value();
        var b = cells.get(than).value();
        if ((a.numerator() == 0) != (b.numerator() == 0)) {
            return b.numerator() == 0;
        }
        if (a.numerator() != b.numerator()) {
            return a.numerator() < b.numerator();
        }
        var aDenominator = a.denominator();
        var bDenominator = b.denominator();
        return aDenominator != null && bDenominator != null && aDenominator < bDenominator;
    }

    private void hideInOtherPeriods(int cell, Marker[] markers, ArrayDeque<Integer> queue, boolean[] queued) {
        for (var other : grid.samePlaceOtherPeriods(cell)) {
            if (markers[other] == null) {
                hide(other, markers, queue, queued);
            }
        }
    }

    private void hide(int cell, Marker[] markers, ArrayDeque<Integer> queue, boolean[] queued) {
        markers[cell] = Marker.SUPPRESSED_COMPLEMENTARY;
        for (var constraint : grid.constraintsOf(cell)) {
            if (!queued[constraint]) {
                queued[constraint] = true;
                queue.add(constraint);
            }
        }
    }

    /** The sub-categories of {@code category} in {@code dimension} are published inside it. */
    record Fold(int dimension, int category) {}
}
