package org.equicity.assessment.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.assessment.Assessments;
import org.equicity.people.WorkListSection;
import org.springframework.stereotype.Component;

/** A coordinator's plans due for review (step 12) within the reminder period or overdue, linking to the assessment. */
@Component
class ReviewsDueSection implements WorkListSection {

    private final Assessments assessments;

    ReviewsDueSection(Assessments assessments) {
        this.assessments = assessments;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> assessments.reviewsDue(city.id()).stream()
                        .map(due -> new Entry(
                                "/manage/cities/" + city.slug() + "/plans/"
                                        + due.plan().value() + "/assessment",
                                due.overdue() ? "assessment.review.reminder-overdue" : "assessment.review.reminder",
                                List.of(due.planTitle(), due.due()),
                                null,
                                null,
                                List.of(),
                                due.overdue())))
                .toList();
        return Optional.of(
                new Section("assessment.review.reminder-heading", "assessment.review.reminder-none", entries));
    }
}
