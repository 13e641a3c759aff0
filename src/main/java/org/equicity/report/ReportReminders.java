package org.equicity.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.people.People;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the coordinators of every participating city that still owes its report a month before the deadline, a
 * week before it and once it has passed, each once: it publishes {@link ReportDeadlineApproaching}, and the
 * notification module tells each coordinator as they chose (a notice, a mail at once or in the daily digest). A city
 * whose cycle opened late gets only the most urgent reminder still due; a city without an active coordinator is tried
 * again on the next run. Overdue reminders stop a month after the deadline, so that starting the job on an old
 * installation does not remind of long-closed cycles.
 */
@Component
@Transactional
class ReportReminders {

    private final CycleRepository cycles;
    private final CityReportRepository reports;
    private final ReminderRepository reminders;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportReminders(
            CycleRepository cycles,
            CityReportRepository reports,
            ReminderRepository reminders,
            People people,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.cycles = cycles;
        this.reports = reports;
        this.reminders = reminders;
        this.people = people;
        this.events = events;
    }

    @Scheduled(cron = "${equicity.report.reminders.cron:0 0 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Publishes the reminders due on {@code today} that have not gone yet; answers how many cities it reminded. */
    int remind(LocalDate today) {
        int reminded = 0;
        var window = DueReport.REMINDER_DAYS;
        for (var cycle : cycles.findByDeadlineBetween(today.minusDays(window), today.plusDays(window))) {
            var daysLeft = ChronoUnit.DAYS.between(today, cycle.deadline());
            var kind = ReminderKind.at(daysLeft);
            if (kind.isEmpty()) {
                continue;
            }
            var byCity = reports.findByCycleId(cycle.id().value()).stream()
                    .collect(Collectors.toMap(CityReport::city, Function.identity()));
            for (var cityId : cycle.participants()) {
                var report = byCity.get(cityId);
                if ((report != null && !report.status().isEditable())
                        || reminders.existsByCycleIdAndCityIdAndKind(cycle.id().value(), cityId.value(), kind.get())) {
                    continue;
                }
                var recipients = people.coordinatorsToNotify(cityId);
                if (recipients.isEmpty()) {
                    continue;
                }
                events.publishEvent(new ReportDeadlineApproaching(
                        cycle.id(),
                        cycle.name(),
                        cycle.network(),
                        cityId,
                        report == null ? null : report.id(),
                        kind.get(),
                        cycle.deadline(),
                        daysLeft));
                reminders.save(new ReminderRecord(cycle.id(), cityId, kind.get(), clock.instant(), recipients.size()));
                reminded++;
            }
        }
        return reminded;
    }
}
