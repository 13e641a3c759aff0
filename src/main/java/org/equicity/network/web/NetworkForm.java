package org.equicity.network.web;

import org.equicity.network.Networks.NetworkDetails;
import org.equicity.shared.web.FormErrors;

/**
 * What an editor types about a network; the slug only when the network is created; {@code version} is the one the
 * editor started from.
 */
record NetworkForm(
        String slug, String name, String description, String website, String reportingPeriodYears, long version) {

    static NetworkForm blank() {
        return new NetworkForm(null, null, null, null, "2", 0);
    }

    static NetworkForm of(NetworkDetails network) {
        return new NetworkForm(
                network.slug(),
                network.name(),
                network.description(),
                network.website(),
                Integer.toString(network.reportingPeriodYears()),
                network.version());
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    NetworkForm over(long stored) {
        return new NetworkForm(slug, name, description, website, reportingPeriodYears, stored);
    }

    /** The reporting period as a whole number of years; an error beside the field (and 0) when it is none. */
    int period(FormErrors errors) {
        var years = errors.number(
                "reportingPeriodYears", reportingPeriodYears, "network.error.reportingPeriodYears.range", 1, 10);
        if (years == null && !errors.has("reportingPeriodYears")) {
            errors.add("reportingPeriodYears", "network.error.reportingPeriodYears.range", 1, 10);
        }
        return years == null || years.stripTrailingZeros().scale() > 0 ? 0 : years.intValue();
    }
}
