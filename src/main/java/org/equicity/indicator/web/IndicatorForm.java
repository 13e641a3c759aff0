package org.equicity.indicator.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators.Baseline;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.Ratio;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;

/** The indicator form: what it measures and how, its baseline and up to {@link #TARGETS} targets. */
public class IndicatorForm {

    static final int TARGETS = 3;

    /** One target row; a row left empty is no target. */
    public static class TargetRow {
        private LocalDate due;
        private BigDecimal value;
        private BigDecimal upper;

        public LocalDate getDue() {
            return due;
        }

        public void setDue(LocalDate due) {
            this.due = due;
        }

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public BigDecimal getUpper() {
            return upper;
        }

        public void setUpper(BigDecimal upper) {
            this.upper = upper;
        }

        boolean isEmpty() {
            return due == null && value == null && upper == null;
        }
    }

    private long version;
    private UUID plan;
    private UUID commitment;
    private UUID action;
    private Kind kind;
    private String name;
    private String definition;
    private String language;
    private Unit unit;
    private Integer rateBase;
    private String currency;
    private Direction direction;
    private UUID numerator;
    private UUID denominator;
    private BigDecimal factor;
    private String source;
    private String method;
    private Frequency frequency;
    private UUID department;
    private List<String> breakdowns = new ArrayList<>();
    private BigDecimal baselineValue;
    private LocalDate baselineOn;
    private String baselineSource;
    private List<TargetRow> targets = new ArrayList<>();

    public IndicatorForm() {
        while (targets.size() < TARGETS) {
            targets.add(new TargetRow());
        }
    }

    static IndicatorForm of(long version, Link link, Definition d) {
        var form = new IndicatorForm();
        form.version = version;
        form.plan = link.plan() == null ? null : link.plan().value();
        form.commitment = link.commitment() == null ? null : link.commitment().value();
        form.action = link.action() == null ? null : link.action().value();
        form.kind = d.kind();
        form.name = d.name();
        form.definition = d.definition();
        form.language = d.language();
        form.unit = d.unit();
        form.rateBase = d.rateBase();
        form.currency = d.currency();
        form.direction = d.direction();
        form.numerator = d.ratio() == null ? null : d.ratio().numerator().value();
        form.denominator = d.ratio() == null ? null : d.ratio().denominator().value();
        form.factor = d.ratio() == null ? null : d.ratio().factor();
        form.source = d.source();
        form.method = d.method();
        form.frequency = d.frequency();
        form.department = d.department() == null ? null : d.department().value();
        form.breakdowns = new ArrayList<>(d.breakdowns());
        if (d.baseline() != null) {
            form.baselineValue = d.baseline().value();
            form.baselineOn = d.baseline().on();
            form.baselineSource = d.baseline().source();
        }
        for (int i = 0; i < Math.min(TARGETS, d.targets().size()); i++) {
            var row = form.targets.get(i);
            row.due = d.targets().get(i).due();
            row.value = d.targets().get(i).value();
            row.upper = d.targets().get(i).upper();
        }
        return form;
    }

    Link link() {
        return new Link(
                plan == null ? null : new PlanId(plan),
                commitment == null ? null : new CommitmentId(commitment),
                action == null ? null : new ActionId(action));
    }

    Definition definition() {
        Ratio ratio = null;
        if (numerator != null || denominator != null) {
            if (numerator == null || denominator == null) {
                throw new RuleViolationException("indicator.rule.ratio");
            }
            ratio = new Ratio(new IndicatorId(numerator), new IndicatorId(denominator), factor);
        }
        Baseline baseline = null;
        if (baselineValue != null || baselineOn != null) {
            baseline = new Baseline(baselineValue, baselineOn, baselineSource);
        }
        var chosenTargets = targets.stream()
                .filter(Objects::nonNull)
                .filter(row -> !row.isEmpty())
                .map(row -> new Target(row.due, row.value, row.upper))
                .toList();
        return new Definition(
                kind,
                name,
                definition,
                language,
                unit,
                rateBase,
                currency,
                direction,
                ratio,
                source,
                method,
                frequency,
                department == null ? null : new DepartmentId(department),
                breakdowns,
                baseline,
                chosenTargets);
    }

    // getters and setters for binding

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public UUID getPlan() {
        return plan;
    }

    public void setPlan(UUID plan) {
        this.plan = plan;
    }

    public UUID getCommitment() {
        return commitment;
    }

    public void setCommitment(UUID commitment) {
        this.commitment = commitment;
    }

    public UUID getAction() {
        return action;
    }

    public void setAction(UUID action) {
        this.action = action;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Unit getUnit() {
        return unit;
    }

    public void setUnit(Unit unit) {
        this.unit = unit;
    }

    public Integer getRateBase() {
        return rateBase;
    }

    public void setRateBase(Integer rateBase) {
        this.rateBase = rateBase;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public UUID getNumerator() {
        return numerator;
    }

    public void setNumerator(UUID numerator) {
        this.numerator = numerator;
    }

    public UUID getDenominator() {
        return denominator;
    }

    public void setDenominator(UUID denominator) {
        this.denominator = denominator;
    }

    public BigDecimal getFactor() {
        return factor;
    }

    public void setFactor(BigDecimal factor) {
        this.factor = factor;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        this.method = method;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public UUID getDepartment() {
        return department;
    }

    public void setDepartment(UUID department) {
        this.department = department;
    }

    public List<String> getBreakdowns() {
        return breakdowns;
    }

    public void setBreakdowns(List<String> breakdowns) {
        this.breakdowns = breakdowns == null ? new ArrayList<>() : breakdowns;
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public void setBaselineValue(BigDecimal baselineValue) {
        this.baselineValue = baselineValue;
    }

    public LocalDate getBaselineOn() {
        return baselineOn;
    }

    public void setBaselineOn(LocalDate baselineOn) {
        this.baselineOn = baselineOn;
    }

    public String getBaselineSource() {
        return baselineSource;
    }

    public void setBaselineSource(String baselineSource) {
        this.baselineSource = baselineSource;
    }

    public List<TargetRow> getTargets() {
        return targets;
    }

    public void setTargets(List<TargetRow> targets) {
        this.targets = targets;
    }
}
