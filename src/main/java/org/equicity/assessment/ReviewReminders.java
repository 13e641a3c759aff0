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
 * or fell due at most {@link #DAYS} days ago. Reviews due later or long overdue stay on the coordinator's work list
 * only, so that the job does not mail about them every day.
 */
@Component
@Transactional
class ReviewReminders {

    static final int DAYS = 30;

    private final Cities cities;
    private final AssessmentService assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewReminders(Cities cities, AssessmentService assessments, ApplicationEventPublisher events, Clock clock) {
        this.cities = cities;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.assessment.review-reminders.cron:0 45 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Publishes the reviews due around {@code today}; answers how many. */
    int remind(LocalDate today) {
        int due = 0;
        for (var city : cities.all()) {
            for (var review : assessments.dueOf(city.id(), today)) {
                if (review.due().isAfter(today.plusDays(DAYS)) || review.due().isBefore(today.minusDays(DAYS))) {
                    continue;
                }
                events.publishEvent(new PlanReviewDue(review.plan(), city.id(), review.planTitle(), review.due()));
                due++;
            }
        }
        return due;
    }
}
