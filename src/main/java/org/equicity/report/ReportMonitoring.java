package org.equicity.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.MonitoringReports.PublicFigure;
import org.equicity.monitoring.MonitoringReports.PublishedReport;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's published monitoring a report shares with the network, when its cycle asks for it: asked of the
 * monitoring module's public part, which holds nothing but what the city published. A submitted version keeps it as
 * it was at submission; null stands for "not asked", so that an empty list still says the city had nothing published.
 */
@Component
class ReportMonitoring {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<ReportedMonitoring>> LIST = new TypeReference<>() {};

    private final MonitoringReports monitoring;

    ReportMonitoring(MonitoringReports monitoring) {
        this.monitoring = monitoring;
    }

    List<ReportedMonitoring> of(CityReport report, Cycle cycle) {
        if (!cycle.monitoringAsked()) {
            return null;
        }
        var published = monitoring.published(report.city());
        return published.stream()
                .filter(shared(report, published))
                .map(ReportMonitoring::reported)
                .toList();
    }

    /** Every published monitoring report of the report's city, the latest first, and whether the report shares it. */
    List<MonitoringShares.Choice> choices(CityReport report) {
        var published = monitoring.published(report.city());
        var shared = shared(report, published);
        return published.stream()
                .map(candidate -> new MonitoringShares.Choice(
                        candidate.programme().value(),
                        candidate.title(),
                        candidate.publishedOn(),
                        candidate.edition(),
                        shared.test(candidate)))
                .toList();
    }

    /** The programmes of the city's published monitoring reports, which alone a report may share. */
    Set<UUID> publishedBy(CityId city) {
        return monitoring.published(city).stream()
                .map(report -> report.programme().value())
                .collect(Collectors.toSet());
    }

    /**
     * What the city picked, or where it has not picked, the latest edition of each of its monitorings: a published
     * report that no later published edition follows.
     */
    private static Predicate<PublishedReport> shared(CityReport report, List<PublishedReport> published) {
        var picked = report.monitoringShared();
        if (picked != null) {
            return candidate -> picked.contains(candidate.programme().value());
        }
        var followed = published.stream()
                .map(PublishedReport::previous)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return candidate -> !followed.contains(candidate.programme());
    }

    static String write(List<ReportedMonitoring> shared) {
        return shared == null ? null : JSON.writeValueAsString(shared);
    }

    static List<ReportedMonitoring> read(String json) {
        return json == null ? null : JSON.readValue(json, LIST);
    }

    private static ReportedMonitoring reported(PublishedReport report) {
        return new ReportedMonitoring(
                report.programme().value(),
                report.title(),
                report.publicSummary(),
                report.easyToRead(),
                report.publishedOn(),
                report.edition(),
                report.recommendations().stream()
                        .map(recommendation -> new ReportedMonitoring.Recommendation(
                                recommendation.text(),
                                recommendation.addressee(),
                                recommendation.due(),
                                recommendation.status().name()))
                        .toList(),
                report.indicators().stream()
                        .map(indicator -> new ReportedMonitoring.Indicator(
                                indicator.name(),
                                indicator.figures().stream()
                                        .map(ReportMonitoring::figure)
                                        .toList()))
                        .toList());
    }

    private static ReportedMonitoring.Figure figure(PublicFigure figure) {
        return new ReportedMonitoring.Figure(
                figure.period(),
                figure.value(),
                figure.marker() == null ? null : figure.marker().symbol());
    }
}
