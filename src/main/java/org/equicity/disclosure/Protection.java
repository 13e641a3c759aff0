package org.equicity.disclosure;

import org.equicity.disclosure.Disclosure.CellStatus;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.disclosure.Disclosure.Rules;
import org.equicity.disclosure.Disclosure.Table;
import org.equicity.disclosure.Disclosure.Value;

/** One protection of one table: which cells are hidden and why, and what the others show. */
final class Protection {

    private final Table table;
    private final Rules rules;
    private final Marker[] markers;

    private Protection(Table table, Rules rules) {
        this.table = table;
        this.rules = rules;
        this.markers = new Marker[table.cells().size()];
    }

    static Outcome protect(Table table, Rules rules) {
        var protection = new Protection(table, rules);
        protection.markPrimary();
        return protection.outcome();
    }

    private void markPrimary() {
        for (int i = 0; i < markers.length; i++) {
            var cell = table.cells().get(i);
            if (cell.status() == CellStatus.NOT_COLLECTED) {
                markers[i] = Marker.NOT_COLLECTED;
            } else if (cell.status() == CellStatus.CONFIDENTIAL) {
                markers[i] = Marker.CONFIDENTIAL;
            } else if (isSmall(cell.value())) {
                markers[i] = Marker.SUPPRESSED_SMALL;
            }
        }
    }

    /** A true zero is shown unless the rules say otherwise; any other figure below a threshold is small. */
    private boolean isSmall(Value value) {
        if (value.numerator() == 0 && !rules.suppressZeros()) {
            return value.isRate() && value.denominator() < rules.minimumDenominator();
        }
        if (value.isRate()) {
            return value.numerator() < rules.minimumNumerator() || value.denominator() < rules.minimumDenominator();
        }
        return value.numerator() < rules.minimumCount();
    }

    private Outcome outcome() {
        var published = new Value[markers.length];
        var shown = new Marker[markers.length];
        for (int i = 0; i < markers.length; i++) {
            var cell = table.cells().get(i);
            if (markers[i] != null) {
                shown[i] = markers[i];
                continue;
            }
            published[i] = round(cell.value());
            shown[i] = shownMarker(cell.status(), cell.value());
        }
        return new Outcome(published, shown, rules.roundingBase() > 0);
    }

    private static Marker shownMarker(CellStatus status, Value value) {
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
        return new Value(round(value.numerator(), base), value.isRate() ? round(value.denominator(), base) : null);
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
