package org.equicity.statistics.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.report.ReportedMonitoring;
import org.equicity.statistics.Statistics;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A network's public statistics over HTTP: every dataset of the statistics page, labels in the asked language. */
@RestController
@Tag(name = "Statistics")
class StatisticsApi {

    private final Statistics statistics;

    StatisticsApi(Statistics statistics) {
        this.statistics = statistics;
    }

    record CycleOut(UUID id, String name, LocalDate periodFrom, LocalDate periodTo) {}

    /** {@code code} is null for the row of unclassified actions; {@code values} follow the dataset's columns. */
    record RowOut(String code, String label, List<Long> values) {}

    record DatasetOut(String name, List<String> columns, String charted, boolean percent, List<RowOut> rows) {}

    record StatisticsOut(
            String network, String networkName, UUID cycle, List<CycleOut> cycles, List<DatasetOut> datasets) {}

    /** One monitoring report a member city shared in an accepted report of {@code cycle}. */
    record SharedMonitoringOut(
            String city, String cityName, UUID cycle, String cycleName, UUID report, ReportedMonitoring monitoring) {}

    @GetMapping("/api/v1/networks/{slug}/statistics/monitoring")
    @Operation(
            summary = "The published monitoring member cities shared in their accepted reports",
            description = "Where a cycle asked for it: each city's published monitoring reports (title, public"
                    + " summaries, recommendations with their status, the public figures of its indicators after"
                    + " disclosure control), by city, to compare them. Never confidential findings or statements."
                    + " cycle filters by one cycle.")
    List<SharedMonitoringOut> monitoring(@PathVariable String slug, @RequestParam(required = false) String cycle) {
        return statistics.sharedMonitoring(slug, StatisticsPages.cycleOf(cycle)).stream()
                .map(share -> new SharedMonitoringOut(
                        share.report().citySlug(),
                        share.report().cityName(),
                        share.report().cycle().value(),
                        share.report().cycleName(),
                        share.report().id().value(),
                        share.monitoring()))
                .toList();
    }

    @GetMapping("/api/v1/networks/{slug}/statistics")
    @Operation(
            summary = "A network's public statistics",
            description = "Reporting rates per cycle; accepted actions per commitment, track, field of activity, city"
                    + " size class and country; designated good practices per commitment. Only accepted reports and"
                    + " designated practices count. Labels follow Accept-Language; cycle filters by one cycle.")
    StatisticsOut statistics(@PathVariable String slug, @RequestParam(required = false) String cycle, Locale locale) {
        var found = statistics.ofNetwork(slug, StatisticsPages.cycleOf(cycle), locale);
        return new StatisticsOut(
                found.networkSlug(),
                found.networkName(),
                found.cycle() == null ? null : found.cycle().value(),
                found.cycles().stream()
                        .map(option -> new CycleOut(
                                option.id().value(), option.name(), option.periodFrom(), option.periodTo()))
                        .toList(),
                found.datasets().stream()
                        .map(dataset -> new DatasetOut(
                                dataset.name(),
                                dataset.columns(),
                                dataset.columns().get(dataset.charted()),
                                dataset.percent(),
                                dataset.rows().stream()
                                        .map(row -> new RowOut(row.code(), row.label(), row.values()))
                                        .toList()))
                        .toList());
    }
}
