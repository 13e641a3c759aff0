package org.equicity.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.monitoring.FollowUps;
import org.equicity.people.WorkListSection;
import org.springframework.stereotype.Component;

/**
 * A coordinator's recommendations whose yearly follow-up is overdue, linking to the recommendation on the follow-up
 * page, until a follow-up is recorded or the recommendation is implemented or not accepted.
 */
@Component
class OverdueFollowUpsSection implements WorkListSection {

    private final FollowUps followUps;

    OverdueFollowUpsSection(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> followUps.overdue(city.id()).stream()
                        .map(due -> new Entry(
                                "/manage/cities/" + city.slug() + "/monitoring/"
                                        + due.programme().value() + "/follow-up#recommendation-" + due.number(),
                                "monitoring.follow-up.reminder",
                                List.of(due.number(), due.reportTitle(), due.due()),
                                null,
                                null,
                                List.of(),
                                true)))
                .toList();
        return Optional.of(
                new Section("monitoring.follow-up.reminder-heading", "monitoring.follow-up.reminder-none", entries));
    }
}
