package org.equicity.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.equicity.EventsSettled;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.report.Reports.ReminderSent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.access.AccessDeniedException;

/**
 * The daily reminder job, run for chosen days instead of waiting: each reminder goes to the city's coordinators once,
 * as a notice and a mail in their language with the date written their way and a link that stops such mails, only
 * while the report is owed, and the secretariat sees whom it reminded when.
 */
// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ReportRemindersTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Reports reports;

    @Autowired
    ReportReminders reminders;

    @Autowired
    People people;

    @Autowired
    Mailer mailer;

    ReportFixtures fixtures;
    String germanCoordinator;
    LocalDate deadline;
    CycleId cycle;

    @BeforeEach
    void setUp() {
        fixtures = ReportFixtures.create(context);
        germanCoordinator = "koordination-" + UUID.randomUUID() + "@example.org";
        people.createWithPassword(
                germanCoordinator,
                "Koordination",
                "de",
                "ein langes geheimes Passwort",
                RoleGrant.inCity(Role.CITY_COORDINATOR, fixtures.city().id()));
        // a deadline of its own, far from every other test's cycles, since the job looks at every cycle
        deadline = LocalDate.of(2100 + ThreadLocalRandom.current().nextInt(800), 6, 30);
        cycle = as(
                fixtures.secretariat(),
                () -> reports.openCycle(new Reports.NewCycle(
                        fixtures.network().id(),
                        "Cycle " + deadline.getYear(),
                        deadline.minusYears(2),
                        deadline.minusMonths(6),
                        deadline,
                        List.of(),
                        null,
                        null)));
    }

    List<OutboxEntry> mailsTo(String address) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return mailer.outbox(1000).stream()
                .filter(mail -> mail.recipient().equals(address))
                .toList();
    }

    List<OutboxEntry> mailsToCoordinator() {
        return mailsTo(fixtures.coordinator().getUsername());
    }

    @Test
    void eachReminderGoesOnceAMonthAndAWeekBeforeAndAfterTheDeadline() {
        reminders.remind(deadline.minusDays(30));
        assertThat(mailsToCoordinator()).singleElement().satisfies(mail -> {
            assertThat(mail.subject())
                    .contains(
                            "Cycle " + deadline.getYear(), "is due on June 30, " + deadline.getYear() + ", in 30 days");
            assertThat(mail.body())
                    .contains(
                            "http://localhost:8080/manage/cities/"
                                    + fixtures.city().slug() + "/reports",
                            "/notices/unsubscribe?token=");
        });
        assertThat(mailsTo(germanCoordinator))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject())
                        .startsWith("Der Bericht von")
                        .contains("ist am 30. Juni " + deadline.getYear() + " fällig, in 30 Tagen"));

        reminders.remind(deadline.minusDays(30));
        reminders.remind(deadline.minusDays(12));
        assertThat(mailsToCoordinator()).hasSize(1);

        reminders.remind(deadline.minusDays(7));
        reminders.remind(deadline.minusDays(6));
        assertThat(mailsToCoordinator()).hasSize(2);
        assertThat(mailsToCoordinator().get(0).subject()).contains("in 7 days");

        reminders.remind(deadline.plusDays(1));
        reminders.remind(deadline.plusDays(2));
        assertThat(mailsToCoordinator()).hasSize(3);
        assertThat(mailsToCoordinator().get(0).subject()).contains("was due on June 30", "has not been submitted");
        assertThat(mailsTo(germanCoordinator)).hasSize(3);

        var sent = as(fixtures.secretariat(), () -> reports.reminders(cycle));
        assertThat(sent)
                .extracting(ReminderSent::kind)
                .containsExactly(ReminderKind.OVERDUE, ReminderKind.WEEK_BEFORE, ReminderKind.MONTH_BEFORE);
        assertThat(sent).allSatisfy(reminder -> {
            assertThat(reminder.cityName()).isEqualTo(fixtures.city().name());
            assertThat(reminder.recipients()).isEqualTo(2);
        });
    }

    @Test
    void aStartedReportIsLinkedAndASubmittedOneIsNotReminded() {
        var report = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        reminders.remind(deadline.minusDays(20));
        assertThat(mailsToCoordinator())
                .singleElement()
                .satisfies(mail -> assertThat(mail.body()).contains("/reports/" + report.value()));

        fixtures.explainAll(context, report);
        as(
                fixtures.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));
        reminders.remind(deadline.minusDays(5));
        reminders.remind(deadline.plusDays(3));
        assertThat(mailsToCoordinator()).hasSize(1);
    }

    @Test
    void aCycleOpenedLateGetsOnlyTheMostUrgentReminder() {
        reminders.remind(deadline.minusDays(3));
        assertThat(mailsToCoordinator())
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("in 3 days"));
        reminders.remind(deadline.minusDays(2));
        assertThat(mailsToCoordinator()).hasSize(1);
    }

    @Test
    void nothingIsMailedWhileNoDeadlineIsNear() {
        reminders.remind(deadline.minusDays(31));
        reminders.remind(deadline.minusYears(1));
        reminders.remind(deadline.plusDays(31));
        assertThat(mailsToCoordinator()).isEmpty();
        assertThat(as(fixtures.secretariat(), () -> reports.reminders(cycle))).isEmpty();
    }

    @Test
    void onlyTheNetworksSecretariatSeesTheReminders() {
        var other = ReportFixtures.create(context);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reports.reminders(cycle)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(fixtures.coordinator(), () -> reports.reminders(cycle)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheCitysCoordinatorsAreMailed() {
        var partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, fixtures.city().id()));
        reminders.remind(deadline.minusDays(30));
        assertThat(mailsToCoordinator()).hasSize(1);
        assertThat(mailsTo(partner.getUsername())).isEmpty();
    }
}
