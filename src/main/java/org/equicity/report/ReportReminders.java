package org.equicity.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.network.Networks;
import org.equicity.people.People;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the coordinators of every participating city that still owes its report a reminder a month before the
 * deadline, a week before it and once it has passed, each once and in the coordinator's language. A city whose
 * cycle opened late gets only the most urgent reminder still due; a city without an active coordinator is tried
 * again on the next run. Overdue reminders stop a month after the deadline, so that starting the job on an old
 * installation does not mail about long-closed cycles.
 */
@Component
@Transactional
class ReportReminders {

    private final CycleRepository cycles;
    private final CityReportRepository reports;
    private final ReminderRepository reminders;
    private final People people;
    private final Cities cities;
    private final Networks networks;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    ReportReminders(
            CycleRepository cycles,
            CityReportRepository reports,
            ReminderRepository reminders,
            People people,
            Cities cities,
            Networks networks,
            Mailer mailer,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl,
            Clock clock) {
        this.clock = clock;
        this.cycles = cycles;
        this.reports = reports;
        this.reminders = reminders;
        this.people = people;
        this.cities = cities;
        this.networks = networks;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Scheduled(cron = "${equicity.report.reminders.cron:0 0 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Mails the reminders due on {@code today} that have not been mailed yet; answers how many cities it reminded. */
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
            var network = networks.find(cycle.network())
                    .map(Networks.NetworkDetails::name)
                    .orElse("");
            for (var cityId : cycle.participants()) {
                var report = byCity.get(cityId);
                if ((report != null && !report.status().isEditable())
                        || reminders.existsByCycleIdAndCityIdAndKind(cycle.id().value(), cityId.value(), kind.get())) {
                    continue;
                }
                var city = cities.find(cityId);
                var recipients = people.coordinatorsToNotify(cityId);
                if (city.isEmpty() || recipients.isEmpty()) {
                    continue;
                }
                var link = baseUrl + "/manage/cities/" + city.get().slug() + "/reports"
                        + (report == null ? "" : "/" + report.id().value());
                for (var recipient : recipients) {
                    mailer.send(new OutgoingMail(
                            recipient.email(),
                            Locale.forLanguageTag(recipient.language()),
                            "report-reminder." + kind.get(),
                            city.get().name(),
                            cycle.name(),
                            network,
                            cycle.deadline().toString(),
                            Math.abs(daysLeft),
                            link));
                }
                reminders.save(new ReminderRecord(cycle.id(), cityId, kind.get(), clock.instant(), recipients.size()));
                reminded++;
            }
        }
        return reminded;
    }
}
