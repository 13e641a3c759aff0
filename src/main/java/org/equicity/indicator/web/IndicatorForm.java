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
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The indicator form as typed: what it measures and how, its baseline and up to {@link #TARGETS} targets; the ratio
 * is its numerator, denominator and factor, each a field of its own.
 */
record IndicatorForm(
        long version,
        UUID plan,
        UUID commitment,
        UUID action,
        Kind kind,
        String name,
        String definition,
        String language,
        Unit unit,
        Integer rateBase,
        String currency,
        Direction direction,
        UUID numerator,
        UUID denominator,
        BigDecimal factor,
        String source,
        String method,
        Frequency frequency,
        UUID department,
        List<String> breakdowns,
        BigDecimal baselineValue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineOn,
        String baselineSource,
        List<TargetRow> targets) {

    static final int TARGETS = 3;

    /** One target row; a row left empty is no target. */
    record TargetRow(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due, BigDecimal value, BigDecimal upper) {

        static final TargetRow EMPTY = new TargetRow(null, null, null);

        boolean isEmpty() {
            return due == null && value == null && upper == null;
        }
    }

    /** Always {@link #TARGETS} rows, so that the page shows them all. */
    IndicatorForm {
        breakdowns = breakdowns == null ? List.of() : breakdowns;
        var rows = new ArrayList<TargetRow>();
        if (targets != null) {
            targets.stream().map(row -> row == null ? TargetRow.EMPTY : row).forEach(rows::add);
        }
        while (rows.size() < TARGETS) {
            rows.add(TargetRow.EMPTY);
        }
        targets = rows;
    }

    /** A new indicator of the given plan object (or of none), with the choices most indicators make. */
    static IndicatorForm blank(UUID plan, UUID commitment, UUID action) {
        return new IndicatorForm(
                0,
                plan,
                commitment,
                action,
                Kind.PROGRESS,
                null,
                null,
                null,
                Unit.COUNT,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                null,
                null,
                null,
                null,
                null,
                Frequency.YEARLY,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static IndicatorForm of(long version, Link link, Definition d) {
        var ratio = d.ratio();
        var baseline = d.baseline();
        return new IndicatorForm(
                version,
                link.plan() == null ? null : link.plan().value(),
                link.commitment() == null ? null : link.commitment().value(),
                link.action() == null ? null : link.action().value(),
                d.kind(),
                d.name(),
                d.definition(),
                d.language(),
                d.unit(),
                d.rateBase(),
                d.currency(),
                d.direction(),
                ratio == null ? null : ratio.numerator().value(),
                ratio == null ? null : ratio.denominator().value(),
                ratio == null ? null : ratio.factor(),
                d.source(),
                d.method(),
                d.frequency(),
                d.department() == null ? null : d.department().value(),
                d.breakdowns(),
                baseline == null ? null : baseline.value(),
                baseline == null ? null : baseline.on(),
                baseline == null ? null : baseline.source(),
                d.targets().stream()
                        .limit(TARGETS)
                        .map(t -> new TargetRow(t.due(), t.value(), t.upper()))
                        .toList());
    }

    /** The form as typed, over the version stored now: saving it again overwrites what someone else saved. */
    IndicatorForm over(long stored) {
        return new IndicatorForm(
                stored,
                plan,
                commitment,
                action,
                kind,
                name,
                definition,
                language,
                unit,
                rateBase,
                currency,
                direction,
                numerator,
                denominator,
                factor,
                source,
                method,
                frequency,
                department,
                breakdowns,
                baselineValue,
                baselineOn,
                baselineSource,
                targets);
    }

    Link link() {
        return new Link(
                plan == null ? null : new PlanId(plan),
                commitment == null ? null : new CommitmentId(commitment),
                action == null ? null : new ActionId(action));
    }

    Definition toDefinition() {
        Ratio ratio = null;
        if (numerator != null || denominator != null) {
            if (numerator == null || denominator == null) {
                throw RuleViolationException.about("ratio", "indicator.rule.ratio");
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
                .map(row -> new Target(row.due(), row.value(), row.upper()))
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
}
