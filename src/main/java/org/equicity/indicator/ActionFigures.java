package org.equicity.indicator;

import java.math.BigDecimal;
import java.util.List;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;

/**
 * What a department contact's progress update asks of the indicators of its action: the figure each one is due for
 * now, and its entry beside the update. The breakdowns of a period are entered in the indicator's grid, whose
 * address the page gives; a total entered here leaves them as they are.
 */
public interface ActionFigures {

    /** The indicators of the plan's action whose figures the reader records, each with the period now due. */
    List<DueFigure> due(PlanId plan, ActionId action);

    /**
     * Records the total of a period of an indicator of the plan's action, keeping the period's breakdown cells;
     * refused for a locked period, for a period of another frequency, and to anyone who may not record it.
     */
    void recordTotal(PlanId plan, ActionId action, IndicatorId id, Period period, BigDecimal value, CellStatus status);

    /** An indicator's due period with what it holds ({@code total} null while nothing is recorded). */
    record DueFigure(
            IndicatorId id,
            String name,
            String language,
            Unit unit,
            Period period,
            boolean locked,
            Cell total,
            boolean breakdowns) {}
}
