package org.equicity.indicator.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Progression.ProgressStatus;
import org.equicity.people.WorkListSection;
import org.springframework.stereotype.Component;

/**
 * On a coordinator's work list: their cities' indicators with nothing recorded for the last period whose figures are
 * due (not even "not collected"), those never observed called out, linking to the indicator, whose period field
 * leads to the grid to record.
 */
@Component
class IndicatorsWithoutFiguresSection implements WorkListSection {

    private final Indicators indicators;

    IndicatorsWithoutFiguresSection(Indicators indicators) {
        this.indicators = indicators;
    }

    @Override
    public int order() {
        return 24;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> indicators.ofCity(city.id()).stream()
                        .filter(Indicators.IndicatorSummary::needsAttention)
                        .map(indicator -> new Entry(
                                "/manage/cities/" + city.slug() + "/indicators/"
                                        + indicator.id().value(),
                                "indicator.worklist.missing.entry",
                                List.of(indicator.name(), city.name()),
                                null,
                                indicator.progression().status() == ProgressStatus.NO_DATA
                                        ? "indicator.worklist.missing.never"
                                        : null,
                                List.of(),
                                false)))
                .toList();
        return Optional.of(
                new Section("indicator.worklist.missing.heading", "indicator.worklist.missing.none", entries));
    }
}
