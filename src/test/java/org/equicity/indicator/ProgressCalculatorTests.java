package org.equicity.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.equicity.indicator.Indicators.Baseline;
import org.equicity.indicator.Indicators.Definition;
import org.equicity.indicator.Indicators.Direction;
import org.equicity.indicator.Indicators.Frequency;
import org.equicity.indicator.Indicators.Kind;
import org.equicity.indicator.Indicators.Target;
import org.equicity.indicator.Indicators.Unit;
import org.equicity.indicator.Progression.ProgressMethod;
import org.equicity.indicator.Progression.ProgressStatus;
import org.junit.jupiter.api.Test;

/** How progress to a target is judged, as the indicator page explains it beside the status. */
class ProgressCalculatorTests {

    @Test
    void aFallingCountOfComplaintsIsOnTrackWhenItFallsFastEnough() {
        // 200 complaints at the end of 2020, 100 wanted by the end of 2030: -6.7 % a year needed
        var fewer = definition(Direction.LOWER_IS_BETTER, 200, 100, null);
        assertThat(judge(fewer, "2023", 160).status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(judge(fewer, "2023", 180).status()).isEqualTo(ProgressStatus.MODERATE);
        assertThat(judge(fewer, "2023", 210).status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(judge(fewer, "2023", 90).method()).isEqualTo(ProgressMethod.REACHED);
    }

    @Test
    void zeroesTakeTheLinearMethodAndABandIsReachedInsideIt() {
        var fromZero = definition(Direction.HIGHER_IS_BETTER, 0, 10, null);
        var linear = judge(fromZero, "2025", 5);
        assertThat(linear.method()).isEqualTo(ProgressMethod.LINEAR);
        assertThat(linear.status()).isEqualTo(ProgressStatus.ON_TRACK);

        var band = definition(Direction.TARGET_BAND, 30, 45, new BigDecimal("55"));
        assertThat(judge(band, "2024", 50).method()).isEqualTo(ProgressMethod.BAND);
        assertThat(judge(band, "2024", 31).status()).isEqualTo(ProgressStatus.OFF_TRACK);
    }

    @Test
    void withoutBaselineTargetOrFigureThereIsNoData() {
        var fewer = definition(Direction.LOWER_IS_BETTER, 200, 100, null);
        assertThat(ProgressCalculator.progression(fewer, new TreeMap<>()).status())
                .isEqualTo(ProgressStatus.NO_DATA);
        assertThat(judge(fewer, "2019", 150).status())
                .as("a figure before the baseline")
                .isEqualTo(ProgressStatus.NO_DATA);
    }

    private static Progression judge(Definition definition, String period, long value) {
        var totals = new TreeMap<Period, BigDecimal>();
        totals.put(Period.parse(period), BigDecimal.valueOf(value));
        return ProgressCalculator.progression(definition, totals);
    }

    private static Definition definition(Direction direction, long baseline, long target, BigDecimal upper) {
        return new Definition(
                Kind.OUTCOME,
                "Complaints",
                null,
                "en",
                Unit.COUNT,
                null,
                null,
                direction,
                null,
                null,
                null,
                Frequency.YEARLY,
                null,
                List.of(),
                new Baseline(BigDecimal.valueOf(baseline), LocalDate.of(2020, 12, 31), null),
                List.of(new Target(LocalDate.of(2030, 12, 31), BigDecimal.valueOf(target), upper)));
    }
}
