package org.equicity.monitoring.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.indicator.Period;
import org.equicity.monitoring.collection.CountTables.Axis;
import org.equicity.monitoring.collection.CountTables.Counted;
import org.equicity.monitoring.collection.DataCollection.ProtectedTable;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The counts incident records add up to: protected tables by ground and district, and an indicator's figures. */
@Component
class IncidentFigures {

    /** The disclosure rules' name for incident tables ({@code equicity.disclosure.datasets.<name>}). */
    static final String DISCLOSURE = "monitoring-incidents";

    private final IncidentRepository incidents;
    private final CollectionVocabulary vocabulary;
    private final CountTables tables;
    private final Indicators indicators;

    IncidentFigures(
            IncidentRepository incidents, CollectionVocabulary vocabulary, CountTables tables, Indicators indicators) {
        this.incidents = incidents;
        this.vocabulary = vocabulary;
        this.tables = tables;
        this.indicators = indicators;
    }

    List<ProtectedTable> tables(Dataset dataset, int year) {
        var ofYear = ofYear(dataset, year);
        var districts = new LinkedHashMap<String, @Nullable String>();
        dataset.districts().forEach(district -> districts.put(district, null));
        var period = String.valueOf(year);
        return List.of(
                tables.protect(
                        "grounds",
                        DISCLOSURE,
                        period,
                        List.of(new Axis("ground", vocabulary.parents(DataCollection.GROUNDS))),
                        ofYear.stream()
                                .map(incident -> new Counted(List.of(incident.grounds()), 1))
                                .toList()),
                tables.protect(
                        "districts",
                        DISCLOSURE,
                        period,
                        List.of(new Axis("district", districts)),
                        ofYear.stream()
                                .map(incident -> new Counted(List.of(Set.of(incident.district())), 1))
                                .toList()));
    }

    void feed(Dataset dataset, IndicatorId indicatorId, int year) {
        var indicator = indicators.indicator(indicatorId);
        if (!indicator.city().equals(dataset.city())) {
            throw RuleViolationException.about("indicator", "monitoring.collection.rule.foreign-indicator");
        }
        var ofYear = ofYear(dataset, year);
        var cells = new ArrayList<Cell>();
        cells.add(Cell.total(BigDecimal.valueOf(ofYear.size()), CellStatus.MEASURED));
        var byGround = indicator.breakdowns().stream()
                .filter(dimension -> dimension.id().equals(DataCollection.GROUND_DIMENSION))
                .findFirst();
        byGround.ifPresent(dimension -> {
            var axis = new Axis(dimension.id(), vocabulary.parents(DataCollection.GROUNDS));
            var counts = new HashMap<String, Integer>();
            ofYear.forEach(incident ->
                    axis.withAncestors(incident.grounds()).forEach(ground -> counts.merge(ground, 1, Integer::sum)));
            dimension
                    .categories()
                    .forEach(category -> cells.add(new Cell(
                            dimension.id(),
                            category.code(),
                            BigDecimal.valueOf(counts.getOrDefault(category.code(), 0)),
                            CellStatus.MEASURED)));
        });
        indicators.record(indicatorId, new PeriodEntry(Period.parse(String.valueOf(year)), cells));
    }

    private List<IncidentRecord> ofYear(Dataset dataset, int year) {
        return incidents.findByDatasetIdAndOccurredInBetween(
                dataset.id().value(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }
}
