package org.equicity.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.PeriodFigures;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.indicator.Indicators.Unit;
import org.springframework.stereotype.Component;

/**
 * The one way figures leave the city: every public page, public API answer and public download of indicators gets
 * its cells from {@link #publish}. Counts below {@link #SMALL} are suppressed (primary suppression); where a
 * group of sibling categories then hides a single cell, the next smallest sibling is suppressed too, so that the
 * hidden one cannot be worked out from its total or its broader category (secondary suppression). Confidential
 * cells lose their figure. True zeros stay: they are marked as such.
 */
@Component
class Publication {

    static final int SMALL = 10;

    List<PeriodFigures> publish(Unit unit, List<Dimension> dimensions, List<PeriodFigures> periods) {
        return periods.stream()
                .filter(PeriodFigures::locked)
                .map(period -> new PeriodFigures(period.period(), true, suppressed(unit, dimensions, period.cells())))
                .toList();
    }

    private List<ShownCell> suppressed(Unit unit, List<Dimension> dimensions, List<ShownCell> cells) {
        Set<ShownCell> hidden = new HashSet<>();
        for (var cell : cells) {
            if (cell.status() == CellStatus.CONFIDENTIAL || (unit == Unit.COUNT && isSmall(cell.value()))) {
                hidden.add(cell);
            }
        }
        for (var group : siblings(dimensions, cells).values()) {
            long hiddenInGroup = group.stream().filter(hidden::contains).count();
            if (hiddenInGroup == 1) {
                group.stream()
                        .filter(cell -> !hidden.contains(cell)
                                && cell.value() != null
                                && cell.value().signum() != 0)
                        .min(Comparator.comparing(ShownCell::value))
                        .ifPresent(hidden::add);
            }
        }
        var shown = new ArrayList<ShownCell>();
        for (var cell : cells) {
            shown.add(
                    hidden.contains(cell)
                            ? new ShownCell(
                                    cell.dimension(),
                                    cell.category(),
                                    null,
                                    cell.status(),
                                    cell.status() != CellStatus.CONFIDENTIAL)
                            : cell);
        }
        return shown;
    }

    /** Cells that add up to one figure: the categories of a dimension under the same broader one (or the total). */
    private static Map<String, List<ShownCell>> siblings(List<Dimension> dimensions, List<ShownCell> cells) {
        Map<String, List<ShownCell>> groups = new HashMap<>();
        for (var cell : cells) {
            if (cell.isTotal()) {
                continue;
            }
            var parent = dimensions.stream()
                    .filter(d -> d.id().equals(cell.dimension()))
                    .findFirst()
                    .flatMap(d -> d.category(cell.category()))
                    .map(Dimension.Category::parent)
                    .orElse(null);
            groups.computeIfAbsent(cell.dimension() + "/" + Objects.toString(parent, ""), key -> new ArrayList<>())
                    .add(cell);
        }
        return groups;
    }

    private static boolean isSmall(BigDecimal value) {
        return value != null && value.signum() > 0 && value.compareTo(BigDecimal.valueOf(SMALL)) < 0;
    }
}
