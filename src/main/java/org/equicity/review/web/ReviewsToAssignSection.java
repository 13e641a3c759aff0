package org.equicity.review.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.network.Networks;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.review.Reviews;
import org.springframework.stereotype.Component;

/**
 * On a network secretariat's work list: the practices submitted to their network that wait for a reviewer, linking
 * to the practice's review page where reviewers are assigned.
 */
@Component
class ReviewsToAssignSection implements WorkListSection {

    private final Networks networks;
    private final Reviews reviews;

    ReviewsToAssignSection(Networks networks, Reviews reviews) {
        this.networks = networks;
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 46;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var managed = reader.networksWhere(Role.NETWORK_SECRETARIAT).stream()
                .flatMap(network -> networks.find(network).stream())
                .toList();
        if (managed.isEmpty()) {
            return Optional.empty();
        }
        var entries = managed.stream()
                .flatMap(network -> reviews.awaitingReviewers(network.id()).stream()
                        .map(practice -> new Entry(
                                "/manage/networks/" + network.slug() + "/reviews/"
                                        + practice.id().value(),
                                "review.worklist.assign.entry",
                                List.of(practice.title(), network.name()),
                                null,
                                "review.worklist.assign.submitted",
                                List.of(practice.submittedAt()
                                        .atOffset(ZoneOffset.UTC)
                                        .toLocalDate()),
                                false)))
                .toList();
        return Optional.of(new Section("review.worklist.assign.heading", "review.worklist.assign.none", entries));
    }
}
