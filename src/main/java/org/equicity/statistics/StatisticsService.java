package org.equicity.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.report.CycleId;
import org.equicity.report.MonitoringShares;
import org.equicity.report.MonitoringShares.SharedMonitoring;
import org.equicity.report.Reports;
import org.equicity.report.Reports.AcceptedReportLink;
import org.equicity.report.Reports.ActionCount;
import org.equicity.report.Reports.ReportingRate;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

@Service
class StatisticsService implements Statistics {

    static final FrameworkRef COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");
    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");

    private final Networks networks;
    private final Reports reports;
    private final AcceptedCounts counts;
    private final Cities cities;
    private final Frameworks frameworks;
    private final MessageSource messages;
    private final MonitoringShares shares;

    StatisticsService(
            Networks networks,
            Reports reports,
            MonitoringShares shares,
            AcceptedCounts counts,
            Cities cities,
            Frameworks frameworks,
            MessageSource messages) {
        this.networks = networks;
        this.reports = reports;
        this.shares = shares;
        this.counts = counts;
        this.cities = cities;
        this.frameworks = frameworks;
        this.messages = messages;
    }

    @Override
    public NetworkStatistics ofNetwork(String networkSlug, CycleId cycle, Locale locale) {
        var network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("Network", networkSlug));
        var rates = reports.reportingRates(network.id());
        if (cycle != null && rates.stream().noneMatch(rate -> rate.cycle().equals(cycle))) {
            throw new NotFoundException("Cycle", cycle.value());
        }
        var selected = rates.stream()
                .filter(rate -> cycle == null || rate.cycle().equals(cycle))
                .toList();
        var tally = counts.of(network.id(), cycle);
        var byCommitment = tally.byCommitment();
        var byTrack = tally.byTrack();
        var byField = tally.byField();
        // Practices without a commitment count under null, the "not classified" row: Collectors.groupingBy refuses
        // null keys, so every tally here is summed into a HashMap, which takes them.
        var designated = new HashMap<String, Long>();
        tally.designated().stream()
                .filter(count -> cycle == null || cycle.equals(count.cycle()))
                .forEach(count -> designated.merge(count.commitment(), count.practices(), Long::sum));
        var commitmentLabels = labels(commitmentsFramework(network, selected), locale);
        var actionsByCity = new HashMap<CityId, Long>();
        byCommitment.forEach(count -> actionsByCity.merge(count.city(), count.actions(), Long::sum));
        var citiesById = cities.all().stream().collect(Collectors.toMap(CitySummary::id, Function.identity()));

        var datasets = List.of(
                new Dataset(
                        "reporting-rates",
                        List.of("participants", "submitted", "accepted", "rate"),
                        3,
                        true,
                        selected.stream().map(StatisticsService::rateRow).toList()),
                classified("commitments", commitmentLabels, byCommitment, locale),
                classified("tracks", labels(used(network, "tracks", TRACKS), locale), byTrack, locale),
                classified(
                        "fields-of-activity",
                        labels(used(network, "fields-of-activity", FIELDS_OF_ACTIVITY), locale),
                        byField,
                        locale),
                new Dataset(
                        "good-practices",
                        List.of("practices"),
                        0,
                        false,
                        rows(commitmentLabels, designated, code -> List.of(designated.getOrDefault(code, 0L)), locale)),
                bySize(actionsByCity, citiesById, locale),
                byCountry(actionsByCity, citiesById, locale));
        var options = rates.stream()
                .map(rate -> new CycleOption(rate.cycle(), rate.name(), rate.periodFrom(), rate.periodTo()))
                .toList();
        return new NetworkStatistics(network.slug(), network.name(), options, cycle, datasets);
    }

    @Override
    public List<AcceptedReportLink> acceptedReports(String networkSlug, @Nullable CycleId cycle) {
        var network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("Network", networkSlug));
        return reports.acceptedReportsOf(network.id(), cycle);
    }

    @Override
    public List<SharedMonitoring> sharedMonitoring(String networkSlug, @Nullable CycleId cycle) {
        var network = networks.findBySlug(networkSlug).orElseThrow(() -> new NotFoundException("Network", networkSlug));
        return shares.shared(network.id(), cycle);
    }

    private static Row rateRow(ReportingRate rate) {
        var percent = rate.participants() == 0 ? 0 : Math.round(rate.accepted() * 100.0 / rate.participants());
        return new Row(
                rate.cycle().value().toString(),
                rate.name(),
                List.of((long) rate.participants(), (long) rate.submitted(), (long) rate.accepted(), percent));
    }

    /** Actions and the cities that reported them under each code, every code of the framework included. */
    private Dataset classified(String name, Map<String, String> labels, List<ActionCount> counts, Locale locale) {
        var actions = new HashMap<String, Long>();
        var reporting = new HashMap<String, Set<CityId>>();
        for (var count : counts) {
            actions.merge(count.code(), count.actions(), Long::sum);
            reporting.computeIfAbsent(count.code(), code -> new HashSet<>()).add(count.city());
        }
        return new Dataset(
                name,
                List.of("actions", "cities"),
                0,
                false,
                rows(
                        labels,
                        actions,
                        code -> List.of(actions.getOrDefault(code, 0L), (long)
                                reporting.getOrDefault(code, Set.of()).size()),
                        locale));
    }

    /**
     * A row for every code of the framework, then one for each code the framework lacks and one for the unclassified
     * (null), those only when something was counted under them.
     */
    private List<Row> rows(
            Map<String, String> labels, Map<String, Long> counted, Function<String, List<Long>> values, Locale locale) {
        var rows = new ArrayList<Row>();
        labels.forEach((code, label) -> rows.add(new Row(code, label, values.apply(code))));
        counted.keySet().stream()
                .filter(code -> code != null && !labels.containsKey(code) && counted.getOrDefault(code, 0L) > 0)
                .sorted()
                .forEach(code -> rows.add(new Row(code, code, values.apply(code))));
        if (counted.getOrDefault(null, 0L) > 0) {
            rows.add(new Row(null, message("statistics.unclassified", locale), values.apply(null)));
        }
        return rows;
    }

    private Dataset bySize(Map<CityId, Long> actionsByCity, Map<CityId, CitySummary> citiesById, Locale locale) {
        var actions = new LinkedHashMap<SizeClass, Long>();
        var reporting = new LinkedHashMap<SizeClass, Long>();
        actionsByCity.forEach((city, count) -> {
            var summary = citiesById.get(city);
            var size = SizeClass.of(summary == null ? null : summary.population());
            actions.merge(size, count, Long::sum);
            reporting.merge(size, 1L, Long::sum);
        });
        var rows = new ArrayList<Row>();
        for (var size : SizeClass.values()) {
            if (size != SizeClass.UNKNOWN || actions.containsKey(size)) {
                rows.add(new Row(
                        size.code,
                        message("statistics.size." + size.code, locale),
                        List.of(actions.getOrDefault(size, 0L), reporting.getOrDefault(size, 0L))));
            }
        }
        return new Dataset("city-sizes", List.of("actions", "cities"), 0, false, rows);
    }

    /** Countries with accepted actions, the most actions first. */
    private Dataset byCountry(Map<CityId, Long> actionsByCity, Map<CityId, CitySummary> citiesById, Locale locale) {
        var actions = new HashMap<String, Long>();
        var reporting = new HashMap<String, Long>();
        actionsByCity.forEach((city, count) -> {
            var summary = citiesById.get(city);
            var country = summary == null ? null : summary.country();
            actions.merge(country, count, Long::sum);
            reporting.merge(country, 1L, Long::sum);
        });
        var rows = actions.keySet().stream()
                .map(country -> new Row(
                        country,
                        country == null
                                ? message("statistics.country.unknown", locale)
                                : new Locale("", country).getDisplayCountry(locale),
                        List.of(actions.get(country), reporting.get(country))))
                .sorted(Comparator.comparing((Row row) -> -row.value(0)).thenComparing(Row::label))
                .toList();
        return new Dataset("countries", List.of("actions", "cities"), 0, false, rows);
    }

    /** The commitments framework of the newest cycle shown, else the network's, else ECCAR's. */
    private FrameworkRef commitmentsFramework(NetworkDetails network, List<ReportingRate> rates) {
        return rates.isEmpty()
                ? used(network, "commitments", COMMITMENTS)
                : rates.get(rates.size() - 1).framework();
    }

    private static FrameworkRef used(NetworkDetails network, String kind, FrameworkRef fallback) {
        return network.frameworks().stream()
                .map(Networks.FrameworkUse::ref)
                .filter(ref -> ref.id().endsWith(kind))
                .findFirst()
                .orElse(fallback);
    }

    private Map<String, String> labels(FrameworkRef ref, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        frameworks.find(ref).stream()
                .flatMap(Framework::allItems)
                .forEach(item -> labels.putIfAbsent(item.code(), item.label().in(locale)));
        return labels;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
