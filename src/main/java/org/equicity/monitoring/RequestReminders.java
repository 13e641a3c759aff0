package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import org.equicity.monitoring.InformationRequests.ReminderKind;
import org.equicity.monitoring.InformationRequests.State;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds every department that has not answered a sent information request: once in the week before the deadline
 * and once after it has passed (up to {@link InformationRequests#REMINDER_DAYS} days after, so that starting the job
 * on an old installation does not mail about long-closed requests). A request sent late in its last week gets only
 * the reminder after the deadline.
 */
@Component
@Transactional
class RequestReminders {

    private final InformationRequestRepository requests;
    private final RequestRecipientRepository recipients;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RequestReminders(
            InformationRequestRepository requests,
            RequestRecipientRepository recipients,
            ApplicationEventPublisher events,
            Clock clock) {
        this.requests = requests;
        this.recipients = recipients;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.monitoring.reminders.cron:0 30 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Publishes the reminders due on {@code today} not sent yet; answers how many it sent. */
    int remind(LocalDate today) {
        int reminded = 0;
        var days = InformationRequests.REMINDER_DAYS;
        for (var request :
                requests.findByStateAndDeadlineBetween(State.SENT, today.minusDays(days), today.plusDays(days))) {
            var kind = request.deadline().isBefore(today) ? ReminderKind.AFTER_DEADLINE : ReminderKind.BEFORE_DEADLINE;
            var sentAt = request.sentAt();
            var sentInLastWeek = sentAt != null
                    && !sentAt.atZone(clock.getZone())
                            .toLocalDate()
                            .isBefore(request.deadline().minusDays(days));
            if (kind == ReminderKind.BEFORE_DEADLINE && sentInLastWeek) {
                continue;
            }
            for (var recipient : recipients.findByRequestId(request.id().value())) {
                if (recipient.owes(kind)) {
                    recipient.reminded(kind, clock.instant());
                    events.publishEvent(new InformationRequestReminded(request.id(), recipient.id(), kind));
                    reminded++;
                }
            }
        }
        return reminded;
    }
}
