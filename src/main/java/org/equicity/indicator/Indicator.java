package org.equicity.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.hibernate.annotations.BatchSize;

/** An indicator's definition; its figures are {@link Observation}s, its approved periods {@link PeriodLock}s. */
@Entity
@Table(name = "indicator")
class Indicator {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "commitment_id")
    private UUID commitmentId;

    @Column(name = "action_id")
    private UUID actionId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String name;
    private String definition;
    private String language;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    @Column(name = "rate_base")
    private Integer rateBase;

    private String currency;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Column(name = "numerator_id")
    private UUID numeratorId;

    @Column(name = "denominator_id")
    private UUID denominatorId;

    private BigDecimal factor;

    @Column(name = "data_source")
    private String source;

    private String method;

    @Enumerated(EnumType.STRING)
    private Frequency frequency;

    @Column(name = "department_id")
    private UUID departmentId;

    // read together for a page of many indicators (a plan's 1,000), not one query per indicator
    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "indicator_breakdown", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @Column(name = "dimension")
    private List<String> breakdowns = new ArrayList<>();

    @Column(name = "baseline_value")
    private BigDecimal baselineValue;

    @Column(name = "baseline_on")
    private LocalDate baselineOn;

    @Column(name = "baseline_source")
    private String baselineSource;

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    private List<TargetRow> targets = new ArrayList<>();

    @Column(name = "to_complete", nullable = false)
    private boolean toComplete;

    @Version
    private long version;

    protected Indicator() {}

    Indicator(CityId city, Link link, Definition definition) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.planId = link.plan() == null ? null : link.plan().value();
        this.commitmentId = link.commitment() == null ? null : link.commitment().value();
        this.actionId = link.action() == null ? null : link.action().value();
        define(definition);
    }

    /** A definition saved by a person is complete, also where it came from a migrated line. */
    void define(Definition d) {
        kind = d.kind();
        name = d.name();
        definition = d.definition();
        language = d.language();
        unit = d.unit();
        rateBase = d.rateBase();
        currency = d.currency();
        direction = d.direction();
        numeratorId = d.ratio() == null ? null : d.ratio().numerator().value();
        denominatorId = d.ratio() == null ? null : d.ratio().denominator().value();
        factor = d.ratio() == null ? null : d.ratio().factor();
        source = d.source();
        method = d.method();
        frequency = d.frequency();
        departmentId = d.department() == null ? null : d.department().value();
        breakdowns.clear();
        breakdowns.addAll(d.breakdowns());
        baselineValue = d.baseline() == null ? null : d.baseline().value();
        baselineOn = d.baseline() == null ? null : d.baseline().on();
        baselineSource = d.baseline() == null ? null : d.baseline().source();
        targets.clear();
        d.targets().forEach(t -> targets.add(new TargetRow(t.due(), t.value(), t.upper())));
        toComplete = false;
    }

    Definition definition() {
        return new Definition(
                kind,
                name,
                definition,
                language,
                unit,
                rateBase,
                currency,
                direction,
                numeratorId == null
                        ? null
                        : new Ratio(new IndicatorId(numeratorId), new IndicatorId(denominatorId), factor),
                source,
                method,
                frequency,
                departmentId == null ? null : new DepartmentId(departmentId),
                List.copyOf(breakdowns),
                baselineValue == null || baselineOn == null
                        ? null
                        : new Baseline(baselineValue, baselineOn, baselineSource),
                targets.stream().map(TargetRow::target).toList());
    }

    IndicatorId id() {
        return new IndicatorId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    Link link() {
        return new Link(
                planId == null ? null : new PlanId(planId),
                commitmentId == null ? null : new CommitmentId(commitmentId),
                actionId == null ? null : new ActionId(actionId));
    }

    DepartmentId department() {
        return departmentId == null ? null : new DepartmentId(departmentId);
    }

    Frequency frequency() {
        return frequency;
    }

    Kind kind() {
        return kind;
    }

    String name() {
        return name;
    }

    String language() {
        return language;
    }

    Unit unit() {
        return unit;
    }

    boolean toComplete() {
        return toComplete;
    }

    long version() {
        return version;
    }

    @Embeddable
    static class TargetRow {

        @Column(name = "due_on")
        private LocalDate due;

        @Column(name = "target_value")
        private BigDecimal value;

        @Column(name = "upper_value")
        private BigDecimal upper;

        protected TargetRow() {}

        TargetRow(LocalDate due, BigDecimal value, BigDecimal upper) {
            this.due = due;
            this.value = value;
            this.upper = upper;
        }

        Target target() {
            return new Target(due, value, upper);
        }
    }
}
