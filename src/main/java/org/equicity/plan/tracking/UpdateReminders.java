package org.equicity.plan.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.equicity.notification.ProgressUpdateDue;
import org.equicity.plan.Plans;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every day, for each unfinished action of every running plan whose progress update falls due within
 * {@link #DAYS} days or fell due at most {@link #DAYS} days ago, publishes {@link ProgressUpdateDue}, so that its
 * departments' contacts are told. Each due date of an action is published once (the job remembers what it
 * announced), not every day it is in the window. Older overdue updates are on the coordinator's work list, not in
 * new mails.
 */
@Component
@Transactional
class UpdateReminders {

    static final int DAYS = 7;

    private final Plans plans;
    private final ProgressUpdateRepository updates;
    private final UpdateReminderRepository published;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UpdateReminders(
            Plans plans,
            ProgressUpdateRepository updates,
            UpdateReminderRepository published,
            ApplicationEventPublisher events,
            Clock clock) {
        this.plans = plans;
        this.updates = updates;
        this.published = published;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.plan.update-reminders.cron:0 30 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Publishes the updates due around {@code today} not announced yet; answers how many. */
    int remind(LocalDate today) {
        int due = 0;
        for (var id : plans.allIds()) {
            var plan = plans.tracked(id);
            if (!PlanTrackingService.TRACKED.contains(plan.state())) {
                continue;
            }
            var latest = updates.latestByAction(id);
            for (var action : plan.actions()) {
                var content = action.content();
                var when = PlanFigures.due(plan, action.cadenceMonths(), content, latest.get(action.id()));
                if (content.status().isFinished()
                        || when.isAfter(today.plusDays(DAYS))
                        || when.isBefore(today.minusDays(DAYS))
                        || published.existsByActionIdAndDue(action.id().value(), when)) {
                    continue;
                }
                events.publishEvent(new ProgressUpdateDue(
                        plan.id(),
                        plan.city(),
                        plan.title(),
                        action.id(),
                        content.title(),
                        Set.copyOf(content.responsibleDepartments()),
                        when));
                published.save(new UpdateReminderRecord(action.id(), when, clock.instant()));
                due++;
            }
        }
        return due;
    }
}
