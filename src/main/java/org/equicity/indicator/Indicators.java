package org.equicity.indicator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;

/**
 * What pages, the API and other modules may ask of a city's indicators. The city's coordinators define them; the
 * contacts of the responsible department (and the coordinators) record observations; the coordinators lock a period
 * once approved, and only an unlock, with its reason kept in the history, opens it again. The city's own people read
 * every figure, unsuppressed and marked as not for publication ({@link #indicator}); everyone else reads what is
 * published ({@link #published}): the locked periods of indicators whose plan is public, after disclosure control.
 */
public interface Indicators {

    /** The name of the total cell's dimension and category: the total is a category of its own. */
    String TOTAL = "total";

    /** Whether the reader may define and lock the city's indicators (so pages offer the forms). */
    boolean canDefine(CityId city);

    /** Whether the reader is one of the city's people, who see unpublished and unsuppressed figures. */
    boolean canReadUnpublished(CityId city);

    /** The city's indicators with their status: all for its people, the published ones for everyone else. */
    List<IndicatorSummary> ofCity(CityId city);

    /** The indicators of a plan's commitments and actions, with their status at a glance, as {@link #ofCity}. */
    List<IndicatorSummary> ofPlan(PlanId plan);

    /** {@link #ofPlan} as the public reads it, whoever reads: for the plan's public pages. */
    List<IndicatorSummary> publishedOfPlan(PlanId plan);

    /**
     * The published headline figures of the city's indicators on the given plan actions and on the given commitments
     * as a whole, as a report to a network carries them: baseline, final target, latest approved total and progress,
     * after disclosure control. For whoever reads the report; indicators of plans not yet public are left out.
     */
    List<PublishedIndicator> publishedFor(
            CityId city, Collection<ActionId> actions, Collection<CommitmentId> commitments);

    /** Everything about one indicator, unsuppressed; for the city's own people. */
    IndicatorView indicator(IndicatorId id);

    /** What the public reads of an indicator: its locked periods, after disclosure control. */
    IndicatorView published(IndicatorId id);

    /** The breakdown dimensions an indicator of the city may be reported by. */
    List<Dimension> dimensions(CityId city);

    IndicatorId define(NewIndicator command);

    void redefine(IndicatorId id, long version, Definition definition);

    /** Records a period's cells, replacing what was recorded for it; refused for a locked period. */
    void record(IndicatorId id, PeriodEntry entry);

    /** Reads a tidy spreadsheet (CSV or XLSX, one row per period and cell) and says what importing it would do. */
    ImportPreview previewImport(IndicatorId id, String fileName, byte[] content);

    /** Imports the spreadsheet as previewed; refused while any row has a problem or touches a locked period. */
    void importFile(IndicatorId id, String fileName, byte[] content);

    void lock(IndicatorId id, Period period);

    void unlock(IndicatorId id, Period period, String reason);

    /** Every entry, import, lock and unlock of the indicator's figures, newest first; for the city's people. */
    List<HistoryEntry> history(IndicatorId id);

    enum Kind {
        PROGRESS,
        OUTCOME,
        IMPACT
    }

    enum Unit {
        COUNT,
        PERCENT,
        RATE,
        CURRENCY,
        YES_NO,
        SCALE
    }

    enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        TARGET_BAND
    }

    enum Frequency {
        YEARLY,
        QUARTERLY,
        MONTHLY
    }

    /** How a cell's figure came about. A blank is never a zero: a cell without a value says why it has none. */
    enum CellStatus {
        MEASURED,
        PROVISIONAL,
        ESTIMATED,
        NOT_COLLECTED,
        CONFIDENTIAL;

        /** Whether a cell of this status carries a figure (a confidential one keeps its figure from the public). */
        public boolean needsValue() {
            return this == MEASURED || this == PROVISIONAL || this == ESTIMATED;
        }
    }

    /** Where the indicator belongs: a plan's commitment or action, or nothing (monitoring on its own). */
    record Link(PlanId plan, CommitmentId commitment, ActionId action) {

        public Link {
            if (plan == null && (commitment != null || action != null)) {
                throw new RuleViolationException("indicator.rule.required", "plan");
            }
            if (plan != null && commitment == null && action == null) {
                throw new RuleViolationException("indicator.rule.required", "commitment");
            }
        }

        public static Link none() {
            return new Link(null, null, null);
        }

        public boolean isNone() {
            return plan == null;
        }
    }

    /** An indicator that is the ratio of two others of the city, times a factor (100 for a percentage). */
    record Ratio(IndicatorId numerator, IndicatorId denominator, BigDecimal factor) {

        public Ratio {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            factor = factor == null ? BigDecimal.ONE : factor;
            if (numerator.equals(denominator) || factor.signum() <= 0) {
                throw RuleViolationException.about("ratio", "indicator.rule.ratio");
            }
        }
    }

    record Baseline(BigDecimal value, LocalDate on, String source) {

        public Baseline {
            if (value == null || on == null) {
                throw RuleViolationException.about("baseline", "indicator.rule.baseline");
            }
            source = IndicatorRules.RULES.optional(source, 2_000, "baselineSource");
        }
    }

    /** A target value due by a date; {@code upper} closes a band for indicators kept within one. */
    record Target(LocalDate due, BigDecimal value, BigDecimal upper) {

        public Target {
            if (due == null || value == null) {
                throw RuleViolationException.about("targets", "indicator.rule.target");
            }
            if (upper != null && upper.compareTo(value) < 0) {
                throw RuleViolationException.about("targetUpper", "indicator.rule.band");
            }
        }
    }

    /**
     * What an indicator measures and how. {@code language} is the language name and definition are written in
     * (ISO 639-1; null for the city's main language); {@code breakdowns} are dimension ids of {@link #dimensions}.
     */
    record Definition(
            Kind kind,
            String name,
            String definition,
            String language,
            Unit unit,
            Integer rateBase,
            String currency,
            Direction direction,
            Ratio ratio,
            String source,
            String method,
            Frequency frequency,
            DepartmentId department,
            List<String> breakdowns,
            Baseline baseline,
            List<Target> targets) {

        public Definition {
            IndicatorRules.requireChosen(kind, "kind");
            IndicatorRules.requireChosen(unit, "unit");
            IndicatorRules.requireChosen(direction, "direction");
            IndicatorRules.requireChosen(frequency, "frequency");
            name = IndicatorRules.RULES.required(name, 300, "name");
            definition = IndicatorRules.RULES.optional(definition, 4_000, "definition");
            language = IndicatorRules.language(language);
            source = IndicatorRules.RULES.optional(source, 2_000, "source");
            method = IndicatorRules.RULES.optional(method, 4_000, "method");
            currency = IndicatorRules.currency(unit, currency);
            rateBase = IndicatorRules.rateBase(unit, rateBase);
            breakdowns = IndicatorRules.RULES.lines(breakdowns, 80, "breakdowns");
            targets = targets == null
                    ? List.of()
                    : targets.stream()
                            .filter(Objects::nonNull)
                            .sorted(Comparator.comparing(Target::due))
                            .toList();
            if (direction == Direction.TARGET_BAND && targets.stream().anyMatch(t -> t.upper() == null)) {
                throw RuleViolationException.about("targetUpper", "indicator.rule.band");
            }
            if (targets.stream().map(Target::due).distinct().count() < targets.size()) {
                throw RuleViolationException.about("targets", "indicator.rule.target-twice");
            }
        }
    }

    record NewIndicator(CityId city, Link link, Definition definition) {

        public NewIndicator {
            Objects.requireNonNull(city, "city");
            link = link == null ? Link.none() : link;
            Objects.requireNonNull(definition, "definition");
        }
    }

    /**
     * One cell of a period: a category of a dimension, or the total ({@link #TOTAL} as both). A cell without a
     * value is not collected or confidential, never zero.
     */
    record Cell(String dimension, String category, BigDecimal value, CellStatus status) {

        public Cell {
            IndicatorRules.requireChosen(status, "status");
            if (dimension == null || dimension.isBlank() || category == null || category.isBlank()) {
                throw new RuleViolationException("indicator.rule.required", "category");
            }
            if (status.needsValue() && value == null) {
                throw new RuleViolationException("indicator.rule.blank-is-not-zero");
            }
            if (status == CellStatus.NOT_COLLECTED && value != null) {
                throw new RuleViolationException("indicator.rule.not-collected-value");
            }
        }

        public static Cell total(BigDecimal value, CellStatus status) {
            return new Cell(TOTAL, TOTAL, value, status);
        }

        public boolean isTotal() {
            return TOTAL.equals(dimension);
        }
    }

    record PeriodEntry(Period period, List<Cell> cells) {

        public PeriodEntry {
            Objects.requireNonNull(period, "period");
            cells = cells == null ? List.of() : List.copyOf(cells);
        }

        public Optional<Cell> total() {
            return cells.stream().filter(Cell::isTotal).findFirst();
        }
    }

    /**
     * A cell as a reader sees it. {@code suppressed} cells carry no value: disclosure control hid them from the
     * public because they, or what they would let someone work out, identify too few people; {@code protectsAnother}
     * says it was hidden only so that another hidden cell cannot be worked out from it.
     */
    record ShownCell(
            String dimension,
            String category,
            BigDecimal value,
            CellStatus status,
            boolean suppressed,
            boolean protectsAnother) {

        /** A cell as recorded, or hidden because it is itself too small ({@code protectsAnother} false). */
        public ShownCell(String dimension, String category, BigDecimal value, CellStatus status, boolean suppressed) {
            this(dimension, category, value, status, suppressed, false);
        }

        public boolean isTotal() {
            return TOTAL.equals(dimension);
        }

        public boolean isTrueZero() {
            return !suppressed && value != null && value.signum() == 0;
        }
    }

    record PeriodFigures(Period period, boolean locked, List<ShownCell> cells) {

        public PeriodFigures {
            cells = List.copyOf(cells);
        }

        public Optional<ShownCell> cell(String dimension, String category) {
            return cells.stream()
                    .filter(c -> c.dimension().equals(dimension) && c.category().equals(category))
                    .findFirst();
        }

        public Optional<ShownCell> total() {
            return cell(TOTAL, TOTAL);
        }
    }

    /**
     * An indicator with its figures, oldest period first. {@code forPublication} is false for the city's own view,
     * whose figures are unsuppressed and must be marked as not for publication. {@code due} is the last period whose
     * figures are due; {@code needsAttention} says it has no total yet.
     */
    record IndicatorView(
            IndicatorId id,
            CityId city,
            long version,
            Link link,
            Definition definition,
            boolean toComplete,
            List<Dimension> breakdowns,
            List<PeriodFigures> periods,
            Progression progression,
            Period due,
            boolean needsAttention,
            boolean forPublication,
            boolean definable,
            boolean recordable) {

        public IndicatorView {
            breakdowns = List.copyOf(breakdowns);
            periods = List.copyOf(periods);
        }

        public Optional<PeriodFigures> period(Period period) {
            return periods.stream().filter(p -> p.period().equals(period)).findFirst();
        }

        public Set<Period> lockedPeriods() {
            return periods.stream()
                    .filter(PeriodFigures::locked)
                    .map(PeriodFigures::period)
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /**
     * An indicator at a glance, with the figures it is judged by as the reader may read them: the last total with a
     * figure and its {@link Trend} (null while none), the baseline (null where none or withheld) and the last target.
     */
    record IndicatorSummary(
            IndicatorId id,
            Link link,
            Kind kind,
            String name,
            String language,
            Unit unit,
            boolean toComplete,
            Progression progression,
            boolean needsAttention,
            Period latestPeriod,
            BigDecimal latest,
            Trend trend,
            Baseline baseline,
            Target target) {}

    enum ChangeKind {
        DEFINED,
        REDEFINED,
        RECORDED,
        IMPORTED,
        LOCKED,
        UNLOCKED
    }

    record HistoryEntry(Instant at, String actor, ChangeKind kind, Period period, String detail) {

        /** The moment as pages print it. */
        public OffsetDateTime atUtc() {
            return at.atOffset(ZoneOffset.UTC);
        }
    }
}
