package org.equicity.indicator;

import static org.equicity.plan.PlanFixtures.as;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.equicity.indicator.Indicators.Baseline;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.shared.LocalizedText;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/** A city with an adopted plan, its coordinator and department contact, and indicators made through the facade. */
public final class IndicatorFixtures {

    public static final String SEX = "breakdown-sex";
    public static final String AGE = "breakdown-age-group";
    public static final String ORIGIN = "breakdown-ethnic-origin";

    /** Everything a story about one city's indicators needs. */
    public record TestPlan(
            TestCity city,
            UserDetails coordinator,
            UserDetails contact,
            PlanId plan,
            CommitmentId commitment,
            ActionId action) {}

    private IndicatorFixtures() {}

    /** A city with an adopted plan of one commitment and one action, or of {@code actions} actions. */
    public static TestPlan plan(ApplicationContext context, int actions) {
        var plans = context.getBean(Plans.class);
        var city = PlanFixtures.city(context);
        var coordinator = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.city().id()));
        var contact = TestPeople.holding(
                context,
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
        return as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("2", city));
            ActionId first = null;
            for (int i = 0; i < actions; i++) {
                var action = plans.addAction(
                        plan,
                        commitment,
                        PlanFixtures.action("Action " + (i + 1), ActionStatus.PLANNED, city, List.of()));
                first = first == null ? action : first;
            }
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
            return new TestPlan(city, coordinator, contact, plan, commitment, first);
        });
    }

    /** Reported incidents: a yearly count by the city's department, broken down by sex, age group and origin. */
    public static Definition incidents(TestCity city, List<String> breakdowns) {
        return incidents(city, breakdowns, new BigDecimal("40"));
    }

    /** {@link #incidents(TestCity, List)} with a baseline of the given count. */
    public static Definition incidents(TestCity city, List<String> breakdowns, BigDecimal baseline) {
        return new Definition(
                Kind.OUTCOME,
                "Reported incidents of discrimination",
                "Incidents reported to the anti-discrimination office in the year",
                "en",
                Unit.COUNT,
                null,
                null,
                Direction.HIGHER_IS_BETTER,
                null,
                "Case files of the office",
                "Counted once per incident",
                Frequency.YEARLY,
                city.department().id(),
                breakdowns,
                new Baseline(baseline, LocalDate.of(2020, 12, 31), "Office report 2020"),
                List.of(new Target(LocalDate.of(2030, 12, 31), new BigDecimal("80"), null)));
    }

    public static IndicatorId define(ApplicationContext context, TestPlan plan, List<String> breakdowns) {
        return define(context, plan, breakdowns, new BigDecimal("40"));
    }

    public static IndicatorId define(
            ApplicationContext context, TestPlan plan, List<String> breakdowns, BigDecimal baseline) {
        var indicators = context.getBean(Indicators.class);
        return as(
                plan.coordinator(),
                () -> indicators.define(new Indicators.NewIndicator(
                        plan.city().city().id(),
                        new Link(plan.plan(), plan.commitment(), null),
                        incidents(plan.city(), breakdowns, baseline))));
    }

    /** Reported incidents, without breakdowns, on one of the plan's actions. */
    public static IndicatorId defineOn(ApplicationContext context, TestPlan plan, ActionId action) {
        var indicators = context.getBean(Indicators.class);
        return as(
                plan.coordinator(),
                () -> indicators.define(new Indicators.NewIndicator(
                        plan.city().city().id(),
                        new Link(plan.plan(), plan.commitment(), action),
                        incidents(plan.city(), List.of()))));
    }

    /** The plan's actions, in the plan's order. */
    public static List<ActionId> actions(ApplicationContext context, TestPlan plan) {
        return as(
                plan.coordinator(),
                () -> context.getBean(Plans.class).plan(plan.plan()).actions().stream()
                        .map(Plans.ActionView::id)
                        .toList());
    }

    /** A year's cells: the total and, per dimension, its top-level categories with the given counts in turn. */
    public static PeriodEntry year(
            Indicators indicators, TestPlan plan, int year, long total, List<String> dimensions, long... counts) {
        var cells = new ArrayList<Cell>();
        cells.add(Cell.total(BigDecimal.valueOf(total), CellStatus.MEASURED));
        var known = indicators.dimensions(plan.city().city().id());
        for (var id : dimensions) {
            var dimension =
                    known.stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
            var top =
                    dimension.categories().stream().filter(c -> c.depth() == 0).toList();
            for (int i = 0; i < top.size() && i < counts.length; i++) {
                cells.add(new Cell(id, top.get(i).code(), BigDecimal.valueOf(counts[i]), CellStatus.MEASURED));
            }
        }
        return new PeriodEntry(Period.parse(String.valueOf(year)), cells);
    }

    /** An own dimension's content: the name and top-level categories labelled in English by their codes. */
    public static OwnDimensions.DimensionContent dimension(String name, String... codes) {
        return new OwnDimensions.DimensionContent(
                LocalizedText.of("en", name),
                java.util.Arrays.stream(codes)
                        .map(code -> new OwnDimensions.Entry(code, null, LocalizedText.of("en", code)))
                        .toList());
    }
}
