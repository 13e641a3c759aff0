package org.equicity.review.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.review.Reviews;
import org.springframework.stereotype.Component;

/** On a reviewer's work list: the practices they were asked to review and have not reviewed yet. */
@Component
class ReviewsToWriteSection implements WorkListSection {

    private final Reviews reviews;

    ReviewsToWriteSection(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var reviewer = reader.holds(Role.REVIEWER);
        if (!reviewer) {
            return Optional.empty();
        }
        var entries = reviews.mine().stream()
                .filter(assignment -> assignment.state() == Reviews.State.ASSIGNED)
                .map(assignment -> new Entry(
                        "/reviews/" + assignment.id().value(),
                        "site.me.reviews.entry",
                        List.of(assignment.practiceTitle(), assignment.cityName(), assignment.networkName()),
                        null,
                        "site.me.reviews.assigned",
                        List.of(assignment.assignedAt().atOffset(ZoneOffset.UTC).toLocalDate()),
                        false))
                .toList();
        return Optional.of(new Section("site.me.reviews.heading", "site.me.reviews.none", entries));
    }
}
