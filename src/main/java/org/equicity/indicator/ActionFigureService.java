package org.equicity.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.ChangeKind;
import org.equicity.indicator.Indicators.PeriodEntry;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The figures of an action's indicators as its progress updates offer and enter them. */
@Service
@Transactional
class ActionFigureService implements ActionFigures {

    private final IndicatorRepository indicators;
    private final ObservationRepository observations;
    private final PeriodLockRepository locks;
    private final IndicatorChecks checks;
    private final IndicatorFigures figures;
    private final Clock clock;

    ActionFigureService(
            IndicatorRepository indicators,
            ObservationRepository observations,
            PeriodLockRepository locks,
            IndicatorChecks checks,
            IndicatorFigures figures,
            Clock clock) {
        this.indicators = indicators;
        this.observations = observations;
        this.locks = locks;
        this.checks = checks;
        this.figures = figures;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueFigure> due(PlanId plan, ActionId action) {
        var today = LocalDate.now(clock);
        return ofAction(plan, action).stream()
                .filter(checks::canRecord)
                .map(indicator -> {
                    var period = Period.lastEnded(indicator.frequency(), today);
                    var total = cells(indicator, period).stream()
                            .filter(Cell::isTotal)
                            .findFirst()
                            .orElse(null);
                    return new DueFigure(
                            indicator.id(),
                            indicator.name(),
                            indicator.language(),
                            indicator.unit(),
                            period,
                            locks.find(indicator.id().value(), period.toString())
                                    .isPresent(),
                            total,
                            !indicator.definition().breakdowns().isEmpty());
                })
                .toList();
    }

    @Override
    public void recordTotal(
            PlanId plan, ActionId action, IndicatorId id, Period period, BigDecimal value, CellStatus status) {
        var indicator = ofAction(plan, action).stream()
                .filter(i -> i.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Indicator", id.value()));
        checks.requireRecorder(indicator);
        var cells = new ArrayList<Cell>();
        cells.add(Cell.total(value, status));
        cells(indicator, period).stream().filter(cell -> !cell.isTotal()).forEach(cells::add);
        figures.record(indicator, new PeriodEntry(period, cells), ChangeKind.RECORDED);
    }

    /** The indicators of the action, asked by plan: an id of another plan's action finds none. */
    private List<Indicator> ofAction(PlanId plan, ActionId action) {
        return indicators.ofPlan(plan.value()).stream()
                .filter(i -> action.equals(i.link().action()))
                .toList();
    }

    private List<Cell> cells(Indicator indicator, Period period) {
        return observations.ofIndicator(indicator.id().value()).stream()
                .filter(o -> o.period().equals(period))
                .map(Observation::cell)
                .toList();
    }
}
