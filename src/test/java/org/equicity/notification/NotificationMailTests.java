package org.equicity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.equicity.EventsSettled;
import org.equicity.assessment.PlanReviewDue;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.people.Accounts;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.equicity.review.ReviewFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each thing that waits for someone reaches them as a notice and a mail in their language, linking to the place to
 * act and carrying a link that stops such mails; those who chose the daily digest get one mail a day instead.
 */
// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
class NotificationMailTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Mailer mailer;

    @Autowired
    Notifications notifications;

    @Autowired
    DailyDigest digest;

    @Autowired
    Plans plans;

    @Autowired
    PlanConsultation consultation;

    @Autowired
    Reports reports;

    List<OutboxEntry> mailsTo(UserDetails person) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return mailer.outbox(500).stream()
                .filter(mail -> mail.recipient().equals(person.getUsername()))
                .toList();
    }

    /** The person reads the product, and their mail, in {@code language}. */
    UserDetails speaking(String language, UserDetails person) {
        as(person, () -> context.getBean(Accounts.class).updateProfile("Pat Doe", language));
        return person;
    }

    static void assertMail(OutboxEntry mail, String text, String link) {
        assertThat(mail.subject()).contains(text);
        assertThat(mail.body()).contains(text, "http://localhost:8080" + link, "/notices/unsubscribe?token=");
    }

    PlanId draftOf(PlanFixtures.TestCity city, UserDetails coordinator) {
        return as(coordinator, () -> {
            var plan = plans.create(PlanFixtures.newPlan(city, null));
            plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            return plan;
        });
    }

    @Test
    void theCitysPartnersAndDepartmentContactsHearThatADraftIsOpenForConsultation() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        var contact = speaking("de", PlanFixtures.contact(context, city));
        var plan = draftOf(city, coordinator);

        as(coordinator, () -> plans.openConsultation(plan));

        var link = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/consultation";
        assertThat(mailsTo(partner))
                .singleElement()
                .satisfies(mail -> assertMail(mail, "is open for consultation", link));
        assertThat(mailsTo(contact))
                .singleElement()
                .satisfies(mail -> assertMail(mail, "ist in der Konsultation", link));
        assertThat(mailsTo(coordinator)).isEmpty();
        assertThat(as(partner, () -> notifications.mine(Locale.ENGLISH)))
                .singleElement()
                .satisfies(notice -> {
                    assertThat(notice.kind()).isEqualTo(NoticeKind.CONSULTATION_OPENED);
                    assertThat(notice.link()).isEqualTo(link);
                    assertThat(notice.read()).isFalse();
                });
        assertThat(as(partner, () -> notifications.unread())).isEqualTo(1);
    }

    @Test
    void theAuthorOfAConsultationCommentHearsThatItWasAnswered() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var partner = speaking(
                "de",
                TestPeople.holding(
                        context,
                        RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id())));
        var contact = PlanFixtures.contact(context, city);
        var plan = draftOf(city, coordinator);
        as(coordinator, () -> plans.openConsultation(plan));
        var german = as(partner, () -> consultation.comment(plan, new NewComment(null, null, "Zu wenig Budget", "de")));
        var english = as(contact, () -> consultation.comment(plan, new NewComment(null, null, "Too vague", "en")));

        as(coordinator, () -> {
            consultation.answer(plan, german, "Wir prüfen das");
            consultation.answer(plan, english, "We will say more");
        });

        var place = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/consultation#comment-";
        assertThat(mailsTo(partner))
                .filteredOn(mail -> mail.subject().contains("beantwortet"))
                .singleElement()
                .satisfies(mail -> assertMail(mail, "Ihr Kommentar zum Plan", place + german.value()));
        assertThat(mailsTo(contact))
                .filteredOn(mail -> mail.subject().contains("answered"))
                .singleElement()
                .satisfies(mail -> assertMail(mail, "Your comment on the plan", place + english.value()));
    }

    @Test
    void theCoordinatorsHearThatTheirReportWasReturnedWithTheReasonAndLaterAccepted() {
        var fixtures = ReportFixtures.create(context);
        var german = speaking(
                "de",
                TestPeople.holding(
                        context,
                        RoleGrant.inCity(Role.CITY_COORDINATOR, fixtures.city().id())));
        var cycle = fixtures.openCycle(context, "Cycle 2023", 2023);
        var report = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, report);
        as(
                fixtures.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));

        as(fixtures.secretariat(), () -> reports.returnForRevision(report, "Please add the budget of each action."));

        var link = "/manage/cities/" + fixtures.city().slug() + "/reports/" + report.value();
        assertThat(mailsTo(fixtures.coordinator())).singleElement().satisfies(mail -> {
            assertMail(mail, "was returned for revision", link);
            assertThat(mail.body()).contains("Please add the budget of each action.");
        });
        assertThat(mailsTo(german))
                .singleElement()
                .satisfies(mail -> assertMail(mail, "zur Überarbeitung zurückgegeben", link));

        as(
                fixtures.coordinator(),
                () -> reports.submit(report, reports.report(report).version()));
        as(fixtures.secretariat(), () -> reports.accept(report));

        assertThat(mailsTo(fixtures.coordinator())).anySatisfy(mail -> assertMail(mail, "was accepted", link));
        assertThat(mailsTo(german)).anySatisfy(mail -> assertMail(mail, "wurde angenommen", link));
    }

    @Test
    void aReviewerHearsThatAReviewWasAssignedToThem() {
        var fixtures = ReviewFixtures.create(context);
        speaking("de", fixtures.secondReviewer());
        var practice = fixtures.directSubmission(context, "Anti-discrimination office");

        var first = fixtures.assign(context, practice, fixtures.reviewer());
        var second = fixtures.assign(context, practice, fixtures.secondReviewer());

        assertThat(mailsTo(fixtures.reviewer()))
                .singleElement()
                .satisfies(mail -> assertMail(
                        mail,
                        "You are asked to review the practice \"Anti-discrimination office\"",
                        "/reviews/" + first.value()));
        assertThat(mailsTo(fixtures.secondReviewer()))
                .singleElement()
                .satisfies(mail ->
                        assertMail(mail, "die Praxis „Anti-discrimination office“", "/reviews/" + second.value()));
    }

    @Test
    void theCoordinatorsHearThatAnInvitationWasAcceptedButNotTheInviteeThemselves() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var german = speaking("de", PlanFixtures.coordinator(context, city));
        var email = "invited-" + java.util.UUID.randomUUID() + "@example.org";
        as(
                coordinator,
                () -> context.getBean(People.class)
                        .invite(new People.Invite(
                                email,
                                "Mira Partner",
                                RoleGrant.inCity(
                                        Role.CIVIL_SOCIETY_PARTNER, city.city().id()),
                                "en")));

        TestPeople.acceptInvitation(context, email);

        var link = "/manage/cities/" + city.city().slug() + "/people";
        assertThat(mailsTo(coordinator))
                .singleElement()
                .satisfies(mail ->
                        assertMail(mail, "Mira Partner accepted the invitation to be civil-society partner in", link));
        assertThat(mailsTo(german))
                .singleElement()
                .satisfies(mail -> assertMail(mail, "Mira Partner hat die Einladung als", link));
    }

    @Test
    void whoChoseTheDailyDigestGetsOneMailWithEverythingOnceAndWhoChoseNothingGetsNothing() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var daily = speaking(
                "de",
                TestPeople.holding(
                        context,
                        RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id())));
        var off = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        as(
                daily,
                () -> notifications.choose(Map.of(
                        NoticeKind.CONSULTATION_OPENED, Delivery.DAILY, NoticeKind.COMMENT_ANSWERED, Delivery.DAILY)));
        as(off, () -> notifications.choose(Map.of(NoticeKind.CONSULTATION_OPENED, Delivery.OFF)));
        var plan = draftOf(city, coordinator);
        as(coordinator, () -> plans.openConsultation(plan));
        var comment = as(daily, () -> consultation.comment(plan, new NewComment(null, null, "Mehr Budget", "de")));
        as(coordinator, () -> consultation.answer(plan, comment, "Ja"));

        assertThat(mailsTo(daily)).isEmpty();
        assertThat(mailsTo(off)).isEmpty();
        assertThat(as(off, () -> notifications.mine(Locale.ENGLISH))).isEmpty();
        assertThat(as(daily, () -> notifications.mine(Locale.GERMAN))).hasSize(2);

        digest.send();
        digest.send();

        assertThat(mailsTo(daily)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("2 Sachen sind für Sie angefallen in Equicity");
            assertThat(mail.body())
                    .contains(
                            "ist in der Konsultation",
                            "Ihr Kommentar zum Plan",
                            "/plans/" + plan.value() + "/consultation#comment-" + comment.value(),
                            "Die tägliche Zusammenfassung abbestellen",
                            "/notices/unsubscribe?token=");
        });
        assertThat(mailsTo(off)).isEmpty();
    }

    /** The daily jobs find the same date again each day: it is told once, at once or in the digest as chosen. */
    @Test
    void whatFallsDueIsToldOnceAtOnceOrInTheDigestWithTheDateInTheReadersLanguage() {
        var city = PlanFixtures.city(context);
        var coordinator = PlanFixtures.coordinator(context, city);
        var daily = speaking("de", PlanFixtures.coordinator(context, city));
        var contact = speaking("de", PlanFixtures.contact(context, city));
        as(daily, () -> notifications.choose(Map.of(NoticeKind.REVIEW_DUE, Delivery.DAILY)));
        var plan = draftOf(city, coordinator);
        var action = new ActionId(UUID.randomUUID());
        var due = LocalDate.of(2027, 1, 1);
        for (int day = 0; day < 2; day++) {
            publish(new PlanReviewDue(plan, city.city().id(), "Action plan against racism", due));
            publish(new ProgressUpdateDue(
                    plan,
                    city.city().id(),
                    "Action plan against racism",
                    action,
                    "Monitoring office",
                    Set.of(city.department().id()),
                    due));
            // the jobs run a day apart: the second day's events come after the first day's were heard
            EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        }

        var place = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value();
        assertThat(mailsTo(coordinator))
                .singleElement()
                .satisfies(mail ->
                        assertMail(mail, "is due for review on January 1, 2027: assess it", place + "/assessment"));
        assertThat(mailsTo(contact))
                .singleElement()
                .satisfies(mail -> assertMail(
                        mail,
                        "Der Fortschrittsbericht zur Maßnahme „Monitoring office“",
                        place + "/actions/" + action.value() + "/progress"));
        assertThat(mailsTo(daily)).isEmpty();

        digest.send();

        assertThat(mailsTo(daily)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Eine Sache ist für Sie angefallen in Equicity");
            assertThat(mail.body())
                    .contains(
                            "ist am 1. Januar 2027 zur Überprüfung fällig",
                            place + "/assessment",
                            "Die tägliche Zusammenfassung abbestellen",
                            "/notices/unsubscribe?token=");
        });
    }

    void publish(Object event) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(status -> context.publishEvent(event));
    }
}
