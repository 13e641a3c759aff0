package org.equicity.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.equicity.city.Cities.CitySummary;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Baseline;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.Link;
import org.equicity.indicator.Indicators.NewIndicator;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.indicator.OwnDimensions;
import org.equicity.indicator.OwnDimensions.DimensionContent;
import org.equicity.indicator.OwnDimensions.Entry;
import org.equicity.indicator.Period;
import org.equicity.plan.Plans;
import org.equicity.shared.LocalizedText;
import org.springframework.stereotype.Component;

/**
 * Beispielstadt's districts as a breakdown dimension of its own, and the advice centre's cases counted by district:
 * two years of figures, the first approved, so that the public page shows the chart with its small cells
 * suppressed and the legend beside it. The plan's action of anonymous applications has an indicator of its own, so
 * that the plan's pages show its status beside the action.
 */
@Component
class DemoIndicators {

    private static final List<String> DISTRICTS = List.of("mitte", "nord", "sued", "hafen");

    private final Indicators indicators;
    private final OwnDimensions dimensions;
    private final Plans plans;

    DemoIndicators(Indicators indicators, OwnDimensions dimensions, Plans plans) {
        this.indicators = indicators;
        this.dimensions = dimensions;
        this.plans = plans;
    }

    void beispielstadt(CitySummary city) {
        var districts = dimensions.addForCity(
                city.id(),
                "stadtbezirke",
                new DimensionContent(
                        new LocalizedText(Map.of("de", "Stadtbezirk", "en", "District", "es", "Distrito")),
                        List.of(
                                district("mitte", "Mitte", "Centre"),
                                district("nord", "Nord", "North"),
                                district("sued", "Süd", "South"),
                                district("hafen", "Hafen", "Harbour"))));
        var id = indicators.define(new NewIndicator(
                city.id(),
                Link.none(),
                new Definition(
                        Kind.OUTCOME,
                        "Beratungsfälle der Antidiskriminierungsstelle",
                        "Fälle, in denen die Antidiskriminierungsstelle im Jahr beraten hat, nach Stadtbezirk der"
                                + " Ratsuchenden",
                        "de",
                        Unit.COUNT,
                        null,
                        null,
                        Direction.HIGHER_IS_BETTER,
                        null,
                        "Falldokumentation der Antidiskriminierungsstelle",
                        "Jeder Fall wird einmal gezählt",
                        Frequency.YEARLY,
                        null,
                        List.of(districts),
                        new Baseline(new BigDecimal("61"), LocalDate.of(2023, 12, 31), "Jahresbericht 2023"),
                        List.of(new Target(LocalDate.of(2028, 12, 31), new BigDecimal("120"), null)))));
        indicators.record(id, year(2024, districts, 74, 31, 22, 17, 4));
        indicators.record(id, year(2025, districts, 88, 35, 27, 19, 7));
        indicators.lock(id, Period.parse("2024"));
        anonymousApplications(city);
    }

    /** The share of anonymous applications, on the plan's action that introduces them; its first year approved. */
    private void anonymousApplications(CitySummary city) {
        var plan = plans.plan(plans.ofCity(city.id()).get(0).id());
        var action = plan.actions().stream()
                .filter(a -> a.content().title().equals("Anonymisierte Bewerbungsverfahren"))
                .findFirst()
                .orElseThrow();
        var id = indicators.define(new NewIndicator(
                city.id(),
                new Link(plan.id(), action.commitment(), action.id()),
                new Definition(
                        Kind.PROGRESS,
                        "Anteil anonymisierter Bewerbungsverfahren",
                        "Anteil der Bewerbungsverfahren der Stadtverwaltung ohne Namen, Foto und Geburtsort",
                        "de",
                        Unit.PERCENT,
                        null,
                        null,
                        Direction.HIGHER_IS_BETTER,
                        null,
                        "Personalamt",
                        "Verfahren mit anonymisierter Vorauswahl geteilt durch alle Verfahren des Jahres",
                        Frequency.YEARLY,
                        null,
                        List.of(),
                        new Baseline(BigDecimal.ZERO, LocalDate.of(2024, 12, 31), "Personalbericht 2024"),
                        List.of(new Target(LocalDate.of(2026, 12, 31), new BigDecimal("100"), null)))));
        indicators.record(
                id,
                new PeriodEntry(Period.parse("2025"), List.of(Cell.total(new BigDecimal("45"), CellStatus.MEASURED))));
        indicators.lock(id, Period.parse("2025"));
    }

    private static Entry district(String code, String german, String english) {
        return new Entry(code, null, new LocalizedText(Map.of("de", german, "en", english)));
    }

    private static PeriodEntry year(int year, String dimension, long total, long... counts) {
        var cells = new ArrayList<Cell>();
        cells.add(Cell.total(BigDecimal.valueOf(total), CellStatus.MEASURED));
        for (int i = 0; i < DISTRICTS.size(); i++) {
            cells.add(new Cell(dimension, DISTRICTS.get(i), BigDecimal.valueOf(counts[i]), CellStatus.MEASURED));
        }
        return new PeriodEntry(Period.parse(String.valueOf(year)), cells);
    }
}
