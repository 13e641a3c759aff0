package org.equicity.plan.tracking.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.equicity.indicator.ActionFigures;
import org.equicity.indicator.ActionFigures.DueFigure;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Period;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.LocalNumbers;
import org.springframework.stereotype.Component;

/**
 * The figures a progress update form offers: each indicator of the action whose figures the reader records, with
 * the total of its due period, entered through the indicator module's facade. Only what changed is recorded, so that
 * an update that leaves a figure as it was adds nothing to the indicator's history.
 */
@Component
class UpdateFigures {

    private final ActionFigures figures;

    UpdateFigures(ActionFigures figures) {
        this.figures = figures;
    }

    List<DueFigure> due(PlanId plan, ActionId action) {
        return figures.due(plan, action);
    }

    /** The fields of the form as the indicators hold them now; a locked period has none. */
    List<FigureField> fields(List<DueFigure> due, Locale locale) {
        return due.stream()
                .map(figure -> new FigureField(
                        figure.id().value(),
                        figure.period().toString(),
                        figure.total() == null || figure.total().value() == null
                                ? null
                                : LocalNumbers.format(figure.total().value(), locale),
                        figure.total() == null ? null : figure.total().status()))
                .toList();
    }

    /** What to record: the fields that differ from what is stored, each checked; errors beside the field. */
    List<Runnable> changes(
            PlanId plan, ActionId action, List<FigureField> typed, List<DueFigure> due, FormErrors errors) {
        var changes = new ArrayList<Runnable>();
        for (int i = 0; i < typed.size(); i++) {
            var field = typed.get(i);
            var name = "figures[" + i + "].value";
            var figure = due.stream()
                    .filter(d -> field.indicator() != null && d.id().value().equals(field.indicator()))
                    .findFirst();
            if (figure.isEmpty() || field.period() == null || figure.get().locked()) {
                continue;
            }
            BigDecimal value = errors.number(name, field.value());
            if (errors.has(name)) {
                continue;
            }
            var status = field.status() == null && value != null ? CellStatus.MEASURED : field.status();
            if (status == null || unchanged(figure.get(), value, status)) {
                continue;
            }
            var id = new IndicatorId(field.indicator());
            Period period;
            try {
                period = Period.parse(field.period());
            } catch (RuleViolationException notAPeriod) {
                errors.add(name, "form.invalid");
                continue;
            }
            changes.add(() -> {
                try {
                    figures.recordTotal(plan, action, id, period, value, status);
                } catch (RuleViolationException refused) {
                    throw RuleViolationException.about(name, refused.messageKey(), refused.arguments());
                }
            });
        }
        return changes;
    }

    private static boolean unchanged(DueFigure figure, BigDecimal value, CellStatus status) {
        var total = figure.total();
        return total != null
                && total.status() == status
                && (Objects.equals(total.value(), value)
                        || (total.value() != null
                                && value != null
                                && total.value().compareTo(value) == 0));
    }
}
