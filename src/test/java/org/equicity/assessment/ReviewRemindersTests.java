package org.equicity.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.EventsSettled;
import org.equicity.PublishedEvents;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.people.Accounts;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The daily job, run for chosen days: a month before a running plan's review falls due its city's coordinators are
 * told, once, in their language, with a link to the plan's assessment.
 */
// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
class ReviewRemindersTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewReminders reminders;

    @Autowired
    Plans plans;

    @Autowired
    Mailer mailer;

    List<OutboxEntry> reviewMailsTo(UserDetails person) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return mailer.outbox(1000).stream()
                .filter(mail -> mail.recipient().equals(person.getUsername()))
                .filter(mail ->
                        mail.subject().contains("review") || mail.subject().contains("Überprüfung"))
                .toList();
    }

    @Test
    void theCoordinatorsHearOnceThatARunningPlansReviewFallsDue() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var german = PlanFixtures.coordinator(context, city);
        as(german, () -> context.getBean(Accounts.class).updateProfile("Pat Doe", "de"));
        var contact = PlanFixtures.contact(context, city);
        var plan = as(coordinator, () -> {
            var created = plans.create(PlanFixtures.newPlan(city, null));
            plans.addCommitment(created, PlanFixtures.commitment("1", city));
            plans.openConsultation(created);
            plans.adopt(created, PlanFixtures.DECISION);
            return created;
        });

        // a plan starting in 2025, reviewed every two years by default: due on 1 January 2027
        reminders.remind(LocalDate.of(2026, 11, 1));
        assertThat(reviewMailsTo(coordinator)).isEmpty();
        var announced = PublishedEvents.during(context, PlanReviewDue.class, () -> {
            reminders.remind(LocalDate.of(2026, 12, 10));
            EventsSettled.await(context.getBean(EventPublicationRegistry.class));
            reminders.remind(LocalDate.of(2026, 12, 11));
        });
        // the date is published once, not again on each day it is in the window
        assertThat(announced.stream().filter(due -> due.plan().equals(plan))).hasSize(1);

        var link =
                "http://localhost:8080/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/assessment";
        assertThat(reviewMailsTo(coordinator)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).contains("is due for review on January 1, 2027");
            assertThat(mail.body()).contains(link, "/notices/unsubscribe?token=");
        });
        assertThat(reviewMailsTo(german))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("ist am 1. Januar 2027 zur Überprüfung fällig"));
        assertThat(reviewMailsTo(contact)).isEmpty();
    }
}
