package org.equicity.disclosure;

import java.util.Map;
import org.equicity.disclosure.Disclosure.Rules;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The installation's disclosure rules ({@code equicity.disclosure.*}) and, under {@code
 * equicity.disclosure.datasets.<dataset>.*}, what a dataset does differently (a survey whose methodology asks for a
 * higher threshold, a register published rounded).
 */
@ConfigurationProperties("equicity.disclosure")
record DisclosureSettings(
        @DefaultValue("10") int minimumCount,
        @DefaultValue("10") int minimumNumerator,
        @DefaultValue("30") int minimumDenominator,
        @DefaultValue("0") int roundingBase,
        @DefaultValue("true") boolean collapse,
        @DefaultValue("true") boolean consistentAcrossPeriods,
        @DefaultValue("false") boolean suppressZeros,
        Map<String, DatasetRules> datasets) {

    DisclosureSettings {
        datasets = datasets == null ? Map.of() : Map.copyOf(datasets);
    }

    Rules rules(String dataset) {
        var installation = new Rules(
                minimumCount,
                minimumNumerator,
                minimumDenominator,
                roundingBase,
                collapse,
                consistentAcrossPeriods,
                suppressZeros);
        var overrides = dataset == null ? null : datasets.get(dataset);
        return overrides == null ? installation : overrides.over(installation);
    }

    /** What a dataset sets differently; a blank setting keeps the installation's. */
    record DatasetRules(
            Integer minimumCount,
            Integer minimumNumerator,
            Integer minimumDenominator,
            Integer roundingBase,
            Boolean collapse,
            Boolean consistentAcrossPeriods,
            Boolean suppressZeros) {

        Rules over(Rules base) {
            return new Rules(
                    or(minimumCount, base.minimumCount()),
                    or(minimumNumerator, base.minimumNumerator()),
                    or(minimumDenominator, base.minimumDenominator()),
                    or(roundingBase, base.roundingBase()),
                    or(collapse, base.collapse()),
                    or(consistentAcrossPeriods, base.consistentAcrossPeriods()),
                    or(suppressZeros, base.suppressZeros()));
        }

        private static <T> T or(T value, T fallback) {
            return value == null ? fallback : value;
        }
    }
}
