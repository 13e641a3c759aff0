package org.equicity.monitoring;

import java.util.Objects;
import java.util.stream.IntStream;
import org.equicity.city.Cities;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.indicator.IndicatorId;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.CellStatus;
import org.equicity.indicator.Indicators.ShownCell;
import org.equicity.monitoring.FollowUps.Status;
import org.equicity.monitoring.MonitoringReports.PublicFigure;
import org.equicity.monitoring.MonitoringReports.PublicIndicator;
import org.equicity.monitoring.MonitoringReports.PublishedRecommendation;
import org.equicity.monitoring.MonitoringReports.PublishedReport;
import org.equicity.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What may leave the city of a published report, for its public page, its PDF, the API and the network: the title,
 * the summaries, the recommendations with their status, and the totals of the programme's indicators as the
 * indicator module publishes them (approved periods, after disclosure control). Never the sections, the findings
 * or the statements.
 */
@Component
class PublicParts {

    private final ProgrammeRepository programmes;
    private final RecommendationTrackingRepository trackings;
    private final Indicators indicators;
    private final Cities cities;

    PublicParts(
            ProgrammeRepository programmes,
            RecommendationTrackingRepository trackings,
            Indicators indicators,
            Cities cities) {
        this.programmes = programmes;
        this.trackings = trackings;
        this.indicators = indicators;
        this.cities = cities;
    }

    PublishedReport of(ProgrammeReport report) {
        var text = report.text();
        var programme = programmes.findById(report.programme().value()).orElseThrow();
        var statuses = trackings
                .findByProgrammeIdOrderByPosition(report.programme().value())
                .stream()
                .map(RecommendationTracking::status)
                .toList();
        var recommendations = text.recommendations();
        return new PublishedReport(
                report.programme(),
                text.title(),
                text.publicSummary(),
                text.easyToRead(),
                IntStream.range(0, recommendations.size())
                        .mapToObj(i -> {
                            var r = recommendations.get(i);
                            var addressee = r.addressee();
                            return new PublishedRecommendation(
                                    r.text(),
                                    addressee == null
                                            ? Objects.requireNonNullElse(r.addresseeBody(), "")
                                            : cities.department(addressee)
                                                    .map(d -> d.name())
                                                    .orElse(""),
                                    r.followUpContact(),
                                    r.due(),
                                    i < statuses.size() ? statuses.get(i) : Status.OPEN);
                        })
                        .toList(),
                Objects.requireNonNull(report.publishedAt()),
                programme.edition(),
                programme.previous(),
                programme.content().indicators().stream()
                        .map(this::indicator)
                        .filter(Objects::nonNull)
                        .toList());
    }

    /** An indicator the public may not read (one of a plan not public) is left out. */
    private @Nullable PublicIndicator indicator(IndicatorId id) {
        try {
            var view = indicators.published(id);
            return new PublicIndicator(
                    view.definition().name(),
                    view.periods().stream()
                            .map(period -> figure(
                                    period.period().toString(), period.total().orElse(null)))
                            .toList());
        } catch (NotFoundException gone) {
            return null;
        }
    }

    private static PublicFigure figure(String period, @Nullable ShownCell total) {
        if (total == null || total.status() == CellStatus.NOT_COLLECTED) {
            return new PublicFigure(period, null, Marker.NOT_COLLECTED);
        }
        if (total.status() == CellStatus.CONFIDENTIAL) {
            return new PublicFigure(period, null, Marker.CONFIDENTIAL);
        }
        if (total.suppressed()) {
            return new PublicFigure(period, null, Marker.SUPPRESSED_SMALL);
        }
        return new PublicFigure(period, total.value(), null);
    }
}
