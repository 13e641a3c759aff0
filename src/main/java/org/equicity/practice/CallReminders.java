package org.equicity.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutgoingMail;
import org.equicity.network.Networks;
import org.equicity.people.People;
import org.equicity.practice.PracticeCalls.CallState;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the coordinators of every member city that has not answered an open call a reminder once, in the
 * {@link PracticeCalls#REMINDER_DAYS} days before its deadline, in each coordinator's language. A city without an
 * active coordinator is tried again on the next run; the mail goes through the outbox in the same transaction that
 * records the reminder, so that neither is kept without the other.
 */
@Component
@Transactional
class CallReminders {

    private final PracticeCallRepository calls;
    private final CallAnswerRepository answers;
    private final CallReminderRepository reminders;
    private final CallService service;
    private final Networks networks;
    private final Cities cities;
    private final People people;
    private final Mailer mailer;
    private final String baseUrl;
    private final Clock clock;

    CallReminders(
            PracticeCallRepository calls,
            CallAnswerRepository answers,
            CallReminderRepository reminders,
            CallService service,
            Networks networks,
            Cities cities,
            People people,
            Mailer mailer,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl,
            Clock clock) {
        this.calls = calls;
        this.answers = answers;
        this.reminders = reminders;
        this.service = service;
        this.networks = networks;
        this.cities = cities;
        this.people = people;
        this.mailer = mailer;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.practice.calls.reminders.cron:0 15 6 * * *}")
    void remindScheduled() {
        remind(LocalDate.now(clock));
    }

    /** Mails the reminders due on {@code today} not mailed yet; answers how many cities it reminded. */
    int remind(LocalDate today) {
        int reminded = 0;
        for (var call : calls.findByStateAndDeadlineBetween(
                CallState.OPEN, today, today.plusDays(PracticeCalls.REMINDER_DAYS))) {
            var network = networks.find(call.network())
                    .map(Networks.NetworkDetails::name)
                    .orElse("");
            var theme = call.details().theme();
            for (var member : service.currentMembers(call.network())) {
                var callId = call.id().value();
                var cityId = member.city().value();
                if (answers.existsByCallIdAndCityId(callId, cityId)
                        || reminders.existsByCallIdAndCityId(callId, cityId)) {
                    continue;
                }
                var recipients = people.coordinatorsToNotify(member.city());
                var city = cities.find(member.city());
                if (recipients.isEmpty() || city.isEmpty()) {
                    continue;
                }
                var link = baseUrl + "/manage/cities/" + city.get().slug() + "/calls/" + callId;
                for (var recipient : recipients) {
                    mailer.send(new OutgoingMail(
                            recipient.email(),
                            Locale.forLanguageTag(recipient.language()),
                            "practice-call-reminder",
                            city.get().name(),
                            theme,
                            network,
                            call.deadline().toString(),
                            link));
                }
                reminders.save(new CallReminder(callId, cityId, clock.instant(), recipients.size()));
                reminded++;
            }
        }
        return reminded;
    }
}
