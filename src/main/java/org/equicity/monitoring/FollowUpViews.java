package org.equicity.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.monitoring.FollowUps.LinkedAction;
import org.equicity.monitoring.FollowUps.TrackedRecommendation;
import org.equicity.people.Access;
import org.equicity.plan.Plans;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds what a reader sees of recommendations' follow-up, from the report's text and the follow-up records. */
@Component
class FollowUpViews {

    private final FollowUpEntryRepository entries;
    private final Cities cities;
    private final Plans plans;
    private final Access access;

    FollowUpViews(FollowUpEntryRepository entries, Cities cities, Plans plans, Access access) {
        this.entries = entries;
        this.cities = cities;
        this.plans = plans;
        this.access = access;
    }

    /** The next follow-up is due a year after publication or after the last one; none once the status is closed. */
    static @Nullable LocalDate nextFollowUp(RecommendationTracking tracking, @Nullable LocalDate lastHeld) {
        if (tracking.status().closed()) {
            return null;
        }
        var from = lastHeld == null || lastHeld.isBefore(tracking.publishedOn()) ? tracking.publishedOn() : lastHeld;
        return from.plusMonths(FollowUps.MONTHS_BETWEEN);
    }

    List<TrackedRecommendation> of(ProgrammeReport report, List<RecommendationTracking> trackings) {
        var recommendations = report.text().recommendations();
        var ids = trackings.stream().map(t -> t.id().value()).toList();
        var followUps = ids.isEmpty()
                ? Map.<UUID, List<FollowUpEntry>>of()
                : entries.findByRecommendationIdInOrderByHeldOnAsc(ids).stream()
                        .collect(Collectors.groupingBy(FollowUpEntry::recommendation));
        var manageable = access.canManageCity(report.city());
        return trackings.stream()
                .map(tracking -> {
                    var recommendation = recommendations.get(tracking.position());
                    var held = followUps.getOrDefault(tracking.id().value(), List.of()).stream()
                            .map(FollowUpEntry::view)
                            .toList();
                    var last = held.isEmpty() ? null : held.get(held.size() - 1).heldOn();
                    var addressee = recommendation.addressee();
                    return new TrackedRecommendation(
                            tracking.id(),
                            tracking.programme(),
                            tracking.version(),
                            tracking.position() + 1,
                            recommendation.text(),
                            addressee == null
                                    ? Objects.requireNonNullElse(recommendation.addresseeBody(), "")
                                    : cities.department(addressee)
                                            .map(d -> d.name())
                                            .orElse(""),
                            recommendation.followUpContact(),
                            recommendation.due(),
                            tracking.status(),
                            tracking.reason(),
                            held,
                            nextFollowUp(tracking, last),
                            linkedAction(tracking),
                            manageable);
                })
                .toList();
    }

    /** Where the city's people follow the recommendation up. */
    String followUpPath(ProgrammeReport report, int number) {
        var slug = cities.find(report.city()).orElseThrow().slug();
        return "/manage/cities/" + slug + "/monitoring/" + report.programme().value() + "/follow-up#recommendation-"
                + number;
    }

    private @Nullable LinkedAction linkedAction(RecommendationTracking tracking) {
        var plan = tracking.plan();
        var action = tracking.action();
        if (plan == null || action == null) {
            return null;
        }
        return plans.tracked(plan, action)
                .action(action)
                .map(found -> new LinkedAction(
                        plan,
                        action,
                        found.content().title(),
                        found.content().status(),
                        found.content().progress()))
                .orElse(null);
    }
}
