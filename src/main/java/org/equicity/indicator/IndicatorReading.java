package org.equicity.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.IndicatorSummary;
import org.equicity.indicator.Indicators.IndicatorView;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;

/**
 * Puts an indicator's figures together as a reader sees them: periods oldest first, the total before the breakdowns
 * in the order of their dimensions and categories, the public's view through {@link Publication}, progress to the
 * target and whether the last due period still lacks a total. Summaries of many indicators (a plan's page) read all
 * totals and locks in two queries.
 */
@Component
class IndicatorReading {

    private final ObservationRepository observations;
    private final PeriodLockRepository locks;
    private final Breakdowns breakdowns;
    private final Publication publication;
    private final Clock clock;

    IndicatorReading(
            ObservationRepository observations,
            PeriodLockRepository locks,
            Breakdowns breakdowns,
            Publication publication,
            Clock clock) {
        this.observations = observations;
        this.locks = locks;
        this.breakdowns = breakdowns;
        this.publication = publication;
        this.clock = clock;
    }

    IndicatorView view(Indicator indicator, boolean forPublication, boolean definable, boolean recordable) {
        var definition = forPublication ? publication.definition(indicator.definition()) : indicator.definition();
        var recorded = observations.ofIndicator(indicator.id().value());
        var dimensions = breakdowns.asRecorded(breakdowns.chosen(indicator.city(), definition.breakdowns()), recorded);
        var locked = lockedPeriods(List.of(indicator.id().value()))
                .getOrDefault(indicator.id().value(), Set.of());
        var periods = figures(recorded, locked, dimensions);
        if (forPublication) {
            periods = publication.publish(indicator.unit(), dimensions, periods);
        }
        var due = Period.lastEnded(indicator.frequency(), LocalDate.now(clock));
        return new IndicatorView(
                indicator.id(),
                indicator.city(),
                indicator.version(),
                indicator.link(),
                definition,
                indicator.toComplete(),
                dimensions,
                periods,
                ProgressCalculator.progression(definition, totals(periods)),
                due,
                needsAttention(indicator, periods, due),
                forPublication,
                definable,
                recordable);
    }

    List<IndicatorSummary> summaries(List<Indicator> indicators, boolean forPublication) {
        var ids = indicators.stream().map(i -> i.id().value()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var locked = lockedPeriods(ids);
        Map<UUID, List<Observation>> totals =
                observations.totalsOf(ids).stream().collect(Collectors.groupingBy(Observation::indicatorId));
        var today = LocalDate.now(clock);
        return indicators.stream()
                .map(indicator -> summary(
                        indicator,
                        figures(
                                totals.getOrDefault(indicator.id().value(), List.of()),
                                locked.getOrDefault(indicator.id().value(), Set.of()),
                                List.of()),
                        forPublication,
                        today))
                .toList();
    }

    private IndicatorSummary summary(
            Indicator indicator, List<PeriodFigures> periods, boolean forPublication, LocalDate today) {
        var definition = indicator.definition();
        if (forPublication) {
            periods = publication.publish(indicator.unit(), List.of(), periods);
            definition = publication.definition(definition);
        }
        var totals = totals(periods);
        var latest = totals.lastEntry();
        var targets = definition.targets();
        return new IndicatorSummary(
                indicator.id(),
                indicator.link(),
                indicator.kind(),
                indicator.name(),
                indicator.language(),
                indicator.unit(),
                indicator.toComplete(),
                ProgressCalculator.progression(definition, totals),
                needsAttention(indicator, periods, Period.lastEnded(indicator.frequency(), today)),
                latest == null ? null : latest.getKey(),
                latest == null ? null : latest.getValue(),
                Trend.of(List.copyOf(totals.values())),
                definition.baseline(),
                targets.isEmpty() ? null : targets.get(targets.size() - 1));
    }

    /** The indicators' published headlines, read together: every cell in one query, every lock in another. */
    List<PublishedIndicator> published(List<Indicator> indicators) {
        var ids = indicators.stream().map(i -> i.id().value()).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        var locked = lockedPeriods(ids);
        Map<UUID, List<Observation>> cells =
                observations.ofIndicators(ids).stream().collect(Collectors.groupingBy(Observation::indicatorId));
        var dimensionsOfCity = new HashMap<CityId, List<Dimension>>();
        return indicators.stream()
                .map(indicator -> {
                    var definition = indicator.definition();
                    var dimensions = Breakdowns.chosen(
                            dimensionsOfCity.computeIfAbsent(indicator.city(), breakdowns::of),
                            definition.breakdowns());
                    var periods = publication.publish(
                            indicator.unit(),
                            dimensions,
                            figures(
                                    cells.getOrDefault(indicator.id().value(), List.of()),
                                    locked.getOrDefault(indicator.id().value(), Set.of()),
                                    dimensions));
                    return headline(indicator, definition, periods);
                })
                .toList();
    }

    private PublishedIndicator headline(Indicator indicator, Definition definition, List<PeriodFigures> periods) {
        var latest =
                periods.stream().filter(period -> period.total().isPresent()).reduce((earlier, later) -> later);
        var baseline = definition.baseline();
        var targets = definition.targets();
        return new PublishedIndicator(
                indicator.id(),
                indicator.link(),
                definition.kind(),
                definition.name(),
                definition.language(),
                definition.unit(),
                definition.rateBase(),
                definition.currency(),
                definition.direction(),
                baseline == null ? null : publication.baseline(definition.unit(), baseline),
                targets.isEmpty() ? null : targets.get(targets.size() - 1),
                latest.map(PeriodFigures::period).orElse(null),
                latest.flatMap(PeriodFigures::total).orElse(null),
                ProgressCalculator.progression(definition, totals(periods)));
    }

    private Map<UUID, Set<Period>> lockedPeriods(Collection<UUID> indicators) {
        var locked = new HashMap<UUID, Set<Period>>();
        locks.ofIndicators(indicators)
                .forEach(lock -> locked.computeIfAbsent(lock.indicatorId(), id -> new HashSet<>())
                        .add(lock.period()));
        return locked;
    }

    /** The periods with their cells, the locked ones included even before anything was recorded for them. */
    private static List<PeriodFigures> figures(
            List<Observation> observations, Set<Period> locked, List<Dimension> dimensions) {
        var byPeriod = new TreeMap<Period, List<ShownCell>>();
        locked.forEach(period -> byPeriod.put(period, new ArrayList<>()));
        for (var observation : observations) {
            var cell = observation.cell();
            byPeriod.computeIfAbsent(observation.period(), period -> new ArrayList<>())
                    .add(new ShownCell(cell.dimension(), cell.category(), cell.value(), cell.status(), false));
        }
        var order = cellOrder(dimensions);
        var figures = new ArrayList<PeriodFigures>();
        byPeriod.forEach((period, cells) -> {
            cells.sort(order);
            figures.add(new PeriodFigures(period, locked.contains(period), cells));
        });
        return figures;
    }

    private static Comparator<ShownCell> cellOrder(List<Dimension> dimensions) {
        var rank = new HashMap<String, Integer>();
        for (var dimension : dimensions) {
            for (var category : dimension.categories()) {
                rank.put(dimension.id() + "/" + category.code(), rank.size() + 1);
            }
        }
        return Comparator.comparing((ShownCell cell) ->
                cell.isTotal() ? 0 : rank.getOrDefault(cell.dimension() + "/" + cell.category(), Integer.MAX_VALUE));
    }

    private static TreeMap<Period, BigDecimal> totals(List<PeriodFigures> periods) {
        var totals = new TreeMap<Period, BigDecimal>();
        for (var period : periods) {
            period.total()
                    .filter(total -> total.value() != null && !total.suppressed())
                    .ifPresent(total -> totals.put(period.period(), total.value()));
        }
        return totals;
    }

    /** Nothing, not even "not collected", was said of the total of the last period whose figures are due. */
    private static boolean needsAttention(Indicator indicator, List<PeriodFigures> periods, Period due) {
        return !indicator.toComplete()
                && periods.stream()
                        .filter(period -> period.period().equals(due))
                        .flatMap(period -> period.total().stream())
                        .findAny()
                        .isEmpty();
    }
}
