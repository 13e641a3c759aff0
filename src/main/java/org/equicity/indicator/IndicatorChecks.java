package org.equicity.indicator;

import java.util.HashSet;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.people.Access;
import org.equicity.plan.Plans;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may change an indicator, and whether every id a client sent belongs to the indicator's city: the plan, its
 * commitment or action (asked of the plan module), the department, the indicators of a ratio, the dimensions and
 * the categories of a period's cells.
 */
@Component
class IndicatorChecks {

    private final Access access;
    private final Plans plans;
    private final Cities cities;
    private final Breakdowns breakdowns;
    private final IndicatorRepository indicators;

    IndicatorChecks(Access access, Plans plans, Cities cities, Breakdowns breakdowns, IndicatorRepository indicators) {
        this.access = access;
        this.plans = plans;
        this.cities = cities;
        this.breakdowns = breakdowns;
        this.indicators = indicators;
    }

    /** The city's coordinators (and platform administrators) define, lock and unlock its indicators. */
    void requireDefiner(CityId city) {
        access.requireCityManagement(city);
    }

    boolean canRecord(Indicator indicator) {
        return access.canManageCity(indicator.city())
                || (indicator.department() != null
                        && access.isDepartmentContact(indicator.city(), indicator.department()));
    }

    void requireRecorder(Indicator indicator) {
        if (!canRecord(indicator)) {
            throw new AccessDeniedException("Figures are recorded by the responsible department or the coordinators");
        }
    }

    /** Asks the plan module about the linked ids alone: a plan of 500 actions is not read to check one. */
    void requireBelongs(CityId city, Link link) {
        if (link.isNone()) {
            return;
        }
        if (plans.holding(link.plan(), null, null)
                .filter(plan -> plan.city().equals(city))
                .isEmpty()) {
            throw RuleViolationException.about("plan", "indicator.rule.foreign", "plan");
        }
        if (link.commitment() != null
                && plans.holding(link.plan(), link.commitment(), null).isEmpty()) {
            throw RuleViolationException.about("commitment", "indicator.rule.foreign", "commitment");
        }
        if (link.action() != null
                && plans.holding(link.plan(), link.commitment(), link.action()).isEmpty()) {
            throw RuleViolationException.about("action", "indicator.rule.foreign", "action");
        }
    }

    void requireBelongs(CityId city, Definition definition) {
        if (definition.department() != null
                && cities.department(definition.department())
                        .filter(d -> d.city().equals(city))
                        .isEmpty()) {
            throw RuleViolationException.about("department", "indicator.rule.foreign", "department");
        }
        var ratio = definition.ratio();
        if (ratio != null) {
            for (var part : List.of(ratio.numerator(), ratio.denominator())) {
                if (indicators
                        .findById(part.value())
                        .filter(i -> i.city().equals(city))
                        .isEmpty()) {
                    throw RuleViolationException.about("ratio", "indicator.rule.foreign", "ratio");
                }
            }
        }
        var known = breakdowns.of(city).stream().map(Dimension::id).toList();
        for (var dimension : definition.breakdowns()) {
            if (!known.contains(dimension)) {
                throw RuleViolationException.about("breakdowns", "indicator.rule.dimension", dimension);
            }
        }
    }

    /** The period is of the indicator's frequency and each cell a category of one of its breakdowns, once. */
    void requireFits(Indicator indicator, PeriodEntry entry) {
        if (entry.period().frequency() != indicator.frequency()) {
            throw new RuleViolationException(
                    "indicator.rule.frequency", entry.period().toString());
        }
        var dimensions =
                breakdowns.chosen(indicator.city(), indicator.definition().breakdowns());
        var seen = new HashSet<String>();
        for (Cell cell : entry.cells()) {
            if (!seen.add(cell.dimension() + "/" + cell.category())) {
                throw new RuleViolationException("indicator.rule.cell-twice", cell.category());
            }
            if (cell.isTotal() ? !Indicators.TOTAL.equals(cell.category()) : !isCategory(dimensions, cell)) {
                throw new RuleViolationException("indicator.rule.category", cell.dimension(), cell.category());
            }
        }
    }

    private static boolean isCategory(List<Dimension> dimensions, Cell cell) {
        return dimensions.stream()
                .anyMatch(d -> d.id().equals(cell.dimension())
                        && d.category(cell.category()).isPresent());
    }
}
