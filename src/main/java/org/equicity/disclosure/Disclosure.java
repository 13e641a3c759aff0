package org.equicity.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Protects a table of figures about people before publication, so that no published figure identifies anyone.
 *
 * <p>A table holds cells for one or more periods over breakdown dimensions whose categories form hierarchies: a
 * category rolls up into its parent, and the total is a category of its own (the one without a parent), never an
 * empty breakdown. Every cell names a category of every dimension.
 *
 * <p>The module computes; it reads and writes nothing and authorises nothing. A caller that shows {@link
 * #review} to someone must first check that the reader is one of the city's own people.
 */
public interface Disclosure {

    /** The installation's rules ({@code equicity.disclosure.*}), with the overrides configured for the dataset. */
    Rules rules(String dataset);

    /** The table as it may be published: hidden figures replaced by markers, with the legend of the markers used. */
    PublishedTable publish(Table table, Rules rules);

    /**
     * The table for the city's own people: every figure as measured, each flagged where the public does not see it
     * as it is, with the marker the public sees instead.
     */
    InternalTable review(Table table, Rules rules);

    /**
     * The legend as lines of text in the reader's language ({@code "[s] suppressed: …"}), under the title, for
     * exports (CSV, spreadsheets, PDF); pages use the fragment {@code disclosure/legend :: legend(entries)}.
     */
    List<String> legend(List<LegendEntry> entries, Locale locale);

    /** How a figure was obtained. A blank is never a zero: a figure that was not collected has no value. */
    enum CellStatus {
        MEASURED,
        PROVISIONAL,
        ESTIMATED,
        NOT_COLLECTED,
        CONFIDENTIAL
    }

    /**
     * What a published cell says instead of, or beside, its figure. {@code symbol} is the same in every language
     * (pages and exports show it in the cell); the legend explains it under {@code messageKey}.
     */
    enum Marker {
        CONFIDENTIAL("[c]"),
        SUPPRESSED_SMALL("[s]"),
        SUPPRESSED_COMPLEMENTARY("[d]"),
        COLLAPSED("[i]"),
        NOT_COLLECTED("[x]"),
        TRUE_ZERO("[z]"),
        PROVISIONAL("[p]"),
        ESTIMATED("[e]"),
        /** A note on the whole table: every figure is rounded. */
        ROUNDED("[r]"),
        /** Only in the city's own view: the public does not see this figure as it is. */
        NOT_FOR_PUBLICATION("[!]");

        private final String symbol;

        Marker(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public String messageKey() {
            return "disclosure.marker." + name();
        }
    }

    /** A category of a dimension; {@code parent} is the broader category it rolls up into, null for the total. */
    record Category(String code, @Nullable String parent) {

        public Category {
            Objects.requireNonNull(code, "code");
        }

        public static Category total(String code) {
            return new Category(code, null);
        }
    }

    /** A breakdown dimension (sex, age group, district, …) and its categories, the total among them. */
    record Dimension(String code, List<Category> categories) {

        public Dimension {
            Objects.requireNonNull(code, "code");
            categories = List.copyOf(categories);
        }
    }

    /**
     * A count ({@code denominator} null) or a rate ({@code numerator} out of {@code denominator}); how a rate is
     * scaled for display (percent, per 1,000) is the caller's business.
     */
    record Value(long numerator, @Nullable Long denominator) {

        public Value {
            if (numerator < 0 || (denominator != null && denominator < 0)) {
                throw new IllegalArgumentException("a figure about people is never negative");
            }
        }

        public static Value count(long count) {
            return new Value(count, null);
        }

        public static Value rate(long numerator, long denominator) {
            return new Value(numerator, denominator);
        }

        public boolean isRate() {
            return denominator != null;
        }
    }

    /**
     * One figure: a period (such as {@code 2025} or {@code 2025-Q3}), the category of each dimension (dimension code
     * to category code) and its value, null exactly when the figure was not collected.
     */
    record Cell(String period, Map<String, String> categories, Value value, CellStatus status) {

        public Cell {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(status, "status");
            categories = Map.copyOf(categories);
            if ((value == null) != (status == CellStatus.NOT_COLLECTED)) {
                throw new IllegalArgumentException("a cell has a value exactly when it was collected");
            }
        }

        public static Cell measured(String period, Map<String, String> categories, Value value) {
            return new Cell(period, categories, value, CellStatus.MEASURED);
        }
    }

    /** The figures to protect. */
    record Table(List<Dimension> dimensions, List<Cell> cells) {

        public Table {
            dimensions = List.copyOf(dimensions);
            cells = List.copyOf(cells);
        }
    }

    /**
     * How a table is protected. Counts below {@code minimumCount} and rates whose numerator is below {@code
     * minimumNumerator} or whose denominator is below {@code minimumDenominator} are suppressed, and so are the
     * cells that would let someone work them out again. {@code roundingBase} 0 publishes figures as they are, 5
     * rounds them to the nearest multiple of 5. {@code collapse} merges a category's sub-categories into it where
     * that hides fewer figures than suppressing them. {@code consistentAcrossPeriods} suppresses a cell in every
     * period where it is suppressed in one, so that a period cannot be worked out from another. {@code
     * suppressZeros} hides true zeros as small counts (where "nobody" is itself revealing).
     */
    record Rules(
            int minimumCount,
            int minimumNumerator,
            int minimumDenominator,
            int roundingBase,
            boolean collapse,
            boolean consistentAcrossPeriods,
            boolean suppressZeros) {

        public static final Rules DEFAULT = new Rules(10, 10, 30, 0, true, true, false);

        public Rules {
            if (minimumCount < 0 || minimumNumerator < 0 || minimumDenominator < 0) {
                throw new IllegalArgumentException("disclosure thresholds are never negative");
            }
            if (roundingBase < 0 || roundingBase == 1) {
                throw new IllegalArgumentException("the rounding base is 0 (no rounding) or at least 2");
            }
        }

        public Rules withRoundingBase(int base) {
            return new Rules(
                    minimumCount,
                    minimumNumerator,
                    minimumDenominator,
                    base,
                    collapse,
                    consistentAcrossPeriods,
                    suppressZeros);
        }

        public Rules withCollapse(boolean on) {
            return new Rules(
                    minimumCount,
                    minimumNumerator,
                    minimumDenominator,
                    roundingBase,
                    on,
                    consistentAcrossPeriods,
                    suppressZeros);
        }

        public Rules withConsistentAcrossPeriods(boolean on) {
            return new Rules(
                    minimumCount, minimumNumerator, minimumDenominator, roundingBase, collapse, on, suppressZeros);
        }
    }

    /** A line of the legend: the symbol shown in cells and the message key that explains it. */
    record LegendEntry(Marker marker, String symbol, String messageKey) {

        public static LegendEntry of(Marker marker) {
            return new LegendEntry(marker, marker.symbol(), marker.messageKey());
        }
    }

    /**
     * A cell as published: {@code value} is null where the figure is hidden (the marker says why); {@code marker} is
     * null for a measured figure shown as it is.
     */
    record PublishedCell(String period, Map<String, String> categories, Value value, Marker marker) {

        public PublishedCell {
            categories = Map.copyOf(categories);
        }
    }

    /** The cells in the order they were given, and the legend entries for every marker used. */
    record PublishedTable(List<PublishedCell> cells, List<LegendEntry> legend) {

        public PublishedTable {
            cells = List.copyOf(cells);
            legend = List.copyOf(legend);
        }
    }

    /**
     * A cell for the city's own people: the figure as measured, the figure and marker the public sees, and whether
     * the two differ ({@code notForPublication}).
     */
    record InternalCell(
            String period,
            Map<String, String> categories,
            Value value,
            CellStatus status,
            Value publishedValue,
            Marker publishedMarker,
            boolean notForPublication) {

        public InternalCell {
            categories = Map.copyOf(categories);
        }
    }

    /** The city's own view; its legend includes {@link Marker#NOT_FOR_PUBLICATION} where a cell carries it. */
    record InternalTable(List<InternalCell> cells, List<LegendEntry> legend) {

        public InternalTable {
            cells = List.copyOf(cells);
            legend = List.copyOf(legend);
        }
    }
}
