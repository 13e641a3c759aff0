package org.equicity.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.PracticeCalls.CallDetails;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The daily reminder of calls for practices, run for chosen days instead of waiting: a member city that has not
 * answered is reminded once in the week before the deadline, in its coordinator's language; a city that answered is
 * not, and nothing is mailed before that week or after the deadline.
 */
// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class CallRemindersTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    PracticeCalls calls;

    @Autowired
    CallReminders reminders;

    @Autowired
    Mailer mailer;

    @Autowired
    People people;

    UserDetails secretariat;
    CitySummary answering;
    CitySummary silent;
    UserDetails answeringCoordinator;
    String silentCoordinator;
    LocalDate deadline;
    CallId call;

    @BeforeEach
    void setUp() {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var network = as(
                admin,
                () -> context.getBean(Networks.class)
                        .create(new CreateNetwork("calls-" + suffix, "Calls network " + suffix, null, null, 2)));
        secretariat = TestPeople.holding(context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        answering = TestCities.create(context, "Antwortstadt", "AT");
        silent = TestCities.create(context, "Schweigestadt", "DE");
        for (var city : List.of(answering, silent)) {
            as(admin, () -> context.getBean(Networks.class).admit(network.id(), city.id(), LocalDate.of(2020, 1, 1)));
        }
        answeringCoordinator = TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, answering.id()));
        silentCoordinator = "schweigen-" + suffix + "@example.org";
        people.createWithPassword(
                silentCoordinator,
                "Koordination",
                "de",
                "ein langes geheimes Passwort",
                RoleGrant.inCity(Role.CITY_COORDINATOR, silent.id()));
        // a deadline of its own, far from every other test's calls, since the job looks at every open call
        deadline = LocalDate.of(2100 + ThreadLocalRandom.current().nextInt(800), 3, 31);
        call = as(
                secretariat,
                () -> calls.open(network.id(), new CallDetails("Welcome desks", null, deadline, List.of())));
        as(
                answeringCoordinator,
                () -> calls.answer(
                        call,
                        answering.id(),
                        new PracticeContent(
                                "de",
                                PracticeFixtures.template("Willkommen", List.of(), null, null),
                                Classification.none())));
    }

    List<OutboxEntry> mailsTo(String address) {
        return mailer.outbox(1000).stream()
                .filter(mail -> mail.recipient().equals(address))
                .toList();
    }

    @Test
    void aCityThatHasNotAnsweredIsRemindedOnceInTheWeekBeforeTheDeadlineInItsCoordinatorsLanguage() {
        assertThat(reminders.remind(deadline.minusDays(8))).isZero();
        assertThat(mailsTo(silentCoordinator)).isEmpty();

        assertThat(reminders.remind(deadline.minusDays(7))).isEqualTo(1);
        assertThat(mailsTo(silentCoordinator)).singleElement().satisfies(mail -> {
            assertThat(mail.subject())
                    .isEqualTo("Erinnerung: Aufruf für Praktiken „Welcome desks“, Antworten bis " + deadline);
            assertThat(mail.body())
                    .contains("Schweigestadt hat noch nicht geantwortet")
                    .contains("/manage/cities/" + silent.slug() + "/calls/" + call.value());
        });
        assertThat(mailsTo(answeringCoordinator.getUsername())).isEmpty();

        reminders.remind(deadline.minusDays(3));
        reminders.remind(deadline);
        assertThat(mailsTo(silentCoordinator)).hasSize(1);
    }

    @Test
    void aClosedCallRemindsNobody() {
        as(secretariat, () -> calls.close(call));
        assertThat(reminders.remind(deadline.minusDays(7))).isZero();
        assertThat(mailsTo(silentCoordinator)).isEmpty();
    }
}
