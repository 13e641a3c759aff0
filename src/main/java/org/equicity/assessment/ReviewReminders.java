package org.equicity.assessment;

import java.time.Clock;
import java.time.LocalDate;
import org.equicity.city.Cities;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every day, publishes {@link PlanReviewDue} for each running plan whose review falls due within {@link #DAYS} days
 * or fell due at most {@link #DAYS} days ago, once per plan and due date: it remembers what it announced, so that a
 * date in the window is not published again every day. Reviews due later or long overdue stay on the coordinator's
 * work list only.
 */
@Component
@Transactional
class ReviewReminders {

    static final int DAYS = 30;

    private final Cities cities;
    private final AssessmentService assessments;
    private final ReviewReminderRepository published;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewReminders(
            Cities cities,
            AssessmentService assessments,
            ReviewReminderRepository published,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cities = cities;
        this.assessments = assessments;
        this.published = published;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.assessment.review-reminders.cron:0 45 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Publishes the reviews due around {@code today} not announced yet; answers how many. */
    int remind(LocalDate today) {
        int due = 0;
        for (var city : cities.all()) {
            for (var review : assessments.dueOf(city.id(), today)) {
                if (review.due().isAfter(today.plusDays(DAYS))
                        || review.due().isBefore(today.minusDays(DAYS))
                        || published.existsByPlanIdAndDue(review.plan().value(), review.due())) {
                    continue;
                }
                events.publishEvent(new PlanReviewDue(review.plan(), city.id(), review.planTitle(), review.due()));
                published.save(new ReviewReminderRecord(review.plan(), review.due(), clock.instant()));
                due++;
            }
        }
        return due;
    }
}
