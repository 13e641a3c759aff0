package org.equicity.plan.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.as;
import static org.equicity.plan.PlanFixtures.commitment;
import static org.equicity.plan.PlanFixtures.newPlan;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.equicity.EventsSettled;
import org.equicity.PublishedEvents;
import org.equicity.city.Cities;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.notification.ProgressUpdateDue;
import org.equicity.people.Accounts;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.Subject;
import org.equicity.plan.Progress;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PlanTrackingTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    PlanTracking tracking;

    @Autowired
    Cities cities;

    @Autowired
    Translations translations;

    TestCity city;
    DepartmentSummary otherDepartment;
    UserDetails coordinator;
    UserDetails contact;
    UserDetails contactOfOtherDepartment;
    UserDetails coordinatorOfOtherCity;
    PlanId plan;
    CommitmentId vigilance;
    CommitmentId assessing;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        otherDepartment = as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> cities.addDepartment(city.city().id(), "Schools"));
        coordinator = PlanFixtures.coordinator(context, city);
        contact = PlanFixtures.contact(context, city);
        contactOfOtherDepartment = TestPeople.holding(
                context, RoleGrant.departmentContact(city.city().id(), otherDepartment.id()));
        var otherCity = PlanFixtures.city(context);
        coordinatorOfOtherCity = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CITY_COORDINATOR, otherCity.city().id()));
        as(coordinator, () -> {
            plan = plans.create(newPlan(city, null));
            vigilance = plans.addCommitment(plan, commitment("1", city));
            assessing = plans.addCommitment(plan, commitment("2", city));
        });
    }

    private ActionId addAction(String title, String track, ActionStatus status, Integer progress) {
        var template = PlanFixtures.action(title, status, city, List.of());
        var content = new ActionContent(
                title,
                template.description(),
                track,
                template.actorGroups(),
                template.fieldsOfActivity(),
                template.cityRoles(),
                template.targetGroups(),
                template.responsibleDepartments(),
                template.contactPerson(),
                template.start(),
                template.end(),
                template.budget(),
                status,
                progress,
                List.of(),
                List.of(),
                null);
        return as(coordinator, () -> plans.addAction(plan, vigilance, content));
    }

    private void adopt() {
        as(coordinator, () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
        });
    }

    private static ProgressReport report(LocalDate on, ActionStatus status, int progress) {
        return new ProgressReport(
                on,
                status,
                progress,
                "Office opened",
                "Staff shortage",
                List.of("https://example.org/report.pdf"),
                null);
    }

    @Test
    void coverageCountsActionsPerCommitmentFieldAndDepartmentByTrackAndShowsTheGaps() {
        addAction("Monitoring office", "research-innovation", ActionStatus.IN_PROGRESS, null);
        addAction("Advice desk", "information-advice", ActionStatus.PLANNED, null);
        addAction("Old campaign", "awareness-raising", ActionStatus.DISCONTINUED, null);

        var coverage = as(coordinator, () -> tracking.coverage(plan, Locale.ENGLISH));

        assertThat(coverage.tracks())
                .extracting(PlanTracking.Column::code)
                .containsExactly("information-advice", "awareness-raising", "enforcement", "research-innovation");
        assertThat(coverage.actions()).isEqualTo(2);
        assertThat(coverage.discontinued()).isEqualTo(1);
        var first = coverage.byCommitment().rows().get(0);
        assertThat(first.counts()).containsExactly(1, 0, 0, 1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(first.missingTracks()).hasSize(2);
        assertThat(coverage.commitmentsLackingTracks()).containsExactly(first);
        assertThat(coverage.commitmentsWithoutAction())
                .singleElement()
                .satisfies(
                        row -> assertThat(row.key()).isEqualTo(assessing.value().toString()));
        assertThat(coverage.frameworkCommitmentsMissing()).hasSize(8);
        assertThat(coverage.byField().rows())
                .filteredOn(row -> row.key().equals("monitoring"))
                .singleElement()
                .satisfies(row -> assertThat(row.total()).isEqualTo(2));
        assertThat(coverage.byField().gaps()).hasSize(10);
        assertThat(coverage.byDepartment().rows())
                .filteredOn(
                        row -> row.key().equals(city.department().id().value().toString()))
                .singleElement()
                .satisfies(row -> assertThat(row.counts()).containsExactly(1, 0, 0, 1));
        assertThat(coverage.byDepartment().rows())
                .filteredOn(row -> row.key().equals(otherDepartment.id().value().toString()))
                .singleElement()
                .satisfies(row -> assertThat(row.hasNoAction()).isTrue());
    }

    @Test
    void progressIsTheMeanOfTheLatestFiguresWithNoDataKeptApartAndDiscontinuedActionsLeftOut() {
        var reported = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        addAction("Finished", "information-advice", ActionStatus.COMPLETED, null);
        var silent = addAction("Silent", "enforcement", ActionStatus.PLANNED, null);
        addAction("Dropped", "enforcement", ActionStatus.DISCONTINUED, 10);
        adopt();
        as(
                contact,
                () -> tracking.postUpdate(
                        plan, reported, report(LocalDate.of(2025, 6, 30), ActionStatus.IN_PROGRESS, 40)));

        var progress = as(coordinator, () -> tracking.progress(plan, Locale.ENGLISH));

        assertThat(progress.overall().percent()).isEqualTo(70);
        assertThat(progress.overall().counted()).isEqualTo(2);
        assertThat(progress.overall().noData())
                .extracting(Progress.ActionRef::id)
                .containsExactly(silent);
        assertThat(progress.overall().discontinued()).isEqualTo(1);
        assertThat(progress.commitments().get(1).progress().hasData()).isFalse();
        assertThat(progress.commitments().get(1).progress().percent()).isNull();
    }

    @Test
    void aContactOfTheActionsDepartmentPostsUpdatesAndTheActionFollowsTheLatestByDate() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        adopt();

        as(
                contact,
                () -> tracking.postUpdate(plan, action, report(LocalDate.of(2025, 12, 1), ActionStatus.DELAYED, 30)));
        as(
                contact,
                () -> tracking.postUpdate(
                        plan, action, report(LocalDate.of(2025, 6, 1), ActionStatus.IN_PROGRESS, 20)));

        var view = as(contact, () -> tracking.action(plan, action, LocalDate.of(2026, 1, 1), Locale.ENGLISH));
        assertThat(view.status()).isEqualTo(ActionStatus.DELAYED);
        assertThat(view.progress()).isEqualTo(30);
        assertThat(view.updates())
                .extracting(update -> update.report().reportedOn())
                .containsExactly(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 6, 1));
        assertThat(view.updates().get(0).report().evidenceLinks()).containsExactly("https://example.org/report.pdf");
        assertThat(view.canReport()).isTrue();
        assertThat(view.canManage()).isFalse();
        assertThat(as(coordinator, () -> plans.history(plan)))
                .filteredOn(entry -> entry.subject() == Subject.ACTION)
                .anySatisfy(entry -> assertThat(entry.changes())
                        .anySatisfy(change -> assertThat(change.field()).isEqualTo("status")));
    }

    @Test
    void nobodyElsePostsUpdatesAndNothingIsStored() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        adopt();
        var update = report(LocalDate.of(2025, 6, 30), ActionStatus.COMPLETED, 100);

        assertThatThrownBy(() -> as(contactOfOtherDepartment, () -> tracking.postUpdate(plan, action, update)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(coordinatorOfOtherCity, () -> tracking.postUpdate(plan, action, update)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as(contactOfOtherDepartment, () -> tracking.canReport(plan, action)))
                .isFalse();

        var view = as(coordinator, () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH));
        assertThat(view.updates()).isEmpty();
        assertThat(view.status()).isEqualTo(ActionStatus.PLANNED);
        as(coordinator, () -> tracking.postUpdate(plan, action, update));
        assertThat(as(
                        coordinator,
                        () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                                .status()))
                .isEqualTo(ActionStatus.COMPLETED);
    }

    @Test
    void updatesAreForAdoptedPlansAndNotForTheFuture() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);

        assertThatThrownBy(() -> as(
                        contact,
                        () -> tracking.postUpdate(
                                plan, action, report(LocalDate.of(2025, 6, 30), ActionStatus.IN_PROGRESS, 10))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.rule.not-tracked");
        adopt();
        assertThatThrownBy(() -> as(
                        contact,
                        () -> tracking.postUpdate(
                                plan, action, report(LocalDate.now().plusDays(10), ActionStatus.IN_PROGRESS, 10))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.rule.future-date");
        assertThatThrownBy(() -> report(LocalDate.of(2025, 6, 30), ActionStatus.IN_PROGRESS, 101))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ProgressReport(
                        LocalDate.of(2025, 6, 30), ActionStatus.IN_PROGRESS, 10, null, null, List.of("ftp://x"), null))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void theAttentionListShowsOverdueUpdatesDelayedActionsAndActionsPastTheirEnd() {
        var waiting = addAction("Monitoring office", "research-innovation", ActionStatus.IN_PROGRESS, null);
        var late = addAction("Late", "enforcement", ActionStatus.DELAYED, null);
        var done = addAction("Done", "enforcement", ActionStatus.COMPLETED, null);
        adopt();
        // Decision on 2025-03-12, after the actions' start: the first update is due six months later.
        var attention = as(coordinator, () -> tracking.attention(plan, LocalDate.of(2025, 10, 1)));
        assertThat(attention.tracked()).isTrue();
        assertThat(attention.overdueUpdates())
                .extracting(PlanTracking.AttentionItem::id)
                .containsExactlyInAnyOrder(waiting, late);
        assertThat(attention.overdueUpdates().get(0).updateDue()).isEqualTo(LocalDate.of(2025, 9, 12));
        assertThat(attention.delayed())
                .extracting(PlanTracking.AttentionItem::id)
                .containsExactly(late);
        assertThat(attention.pastEnd()).isEmpty();

        as(
                contact,
                () -> tracking.postUpdate(
                        plan, waiting, report(LocalDate.of(2025, 9, 30), ActionStatus.IN_PROGRESS, 50)));
        as(coordinator, () -> tracking.changeCadence(plan, late, 12));
        var later = as(coordinator, () -> tracking.attention(plan, LocalDate.of(2025, 10, 1)));
        assertThat(later.overdueUpdates()).isEmpty();

        var afterTheEnd = as(coordinator, () -> tracking.attention(plan, LocalDate.of(2027, 1, 5)));
        assertThat(afterTheEnd.pastEnd())
                .extracting(PlanTracking.AttentionItem::id)
                .containsExactlyInAnyOrder(waiting, late)
                .doesNotContain(done);
        assertThatThrownBy(() -> as(coordinatorOfOtherCity, () -> tracking.attention(plan, LocalDate.now())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theCadenceIsTheCoordinatorsAndBounded() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        adopt();

        as(coordinator, () -> tracking.changeCadence(plan, action, 3));
        assertThat(as(contact, () -> tracking.action(plan, action, LocalDate.of(2025, 7, 1), Locale.ENGLISH)))
                .satisfies(view -> {
                    assertThat(view.cadenceMonths()).isEqualTo(3);
                    assertThat(view.updateDue()).isEqualTo(LocalDate.of(2025, 6, 12));
                    assertThat(view.overdue()).isTrue();
                });
        assertThatThrownBy(() -> as(contact, () -> tracking.changeCadence(plan, action, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(coordinator, () -> tracking.changeCadence(plan, action, 0)))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void myActionsAreThoseOfMyDepartmentsInAdoptedPlans() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        assertThat(as(contact, () -> tracking.myActions(LocalDate.now()))).isEmpty();
        adopt();

        assertThat(as(contact, () -> tracking.myActions(LocalDate.now())))
                .singleElement()
                .satisfies(mine -> {
                    assertThat(mine.id()).isEqualTo(action);
                    assertThat(mine.citySlug()).isEqualTo(city.city().slug());
                    assertThat(mine.overdue()).isTrue();
                });
        assertThat(as(contactOfOtherDepartment, () -> tracking.myActions(LocalDate.now())))
                .isEmpty();
    }

    @Test
    void meetingsAreRecordedByTheCoordinatorWithTheActionsDiscussedAndShownOnEachAction() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        adopt();
        var meeting = new MeetingContent(
                LocalDate.of(2025, 5, 20),
                MeetingKind.YEARLY_FOLLOW_UP,
                "Coordinator, schools",
                "All on track",
                List.of(action),
                "en");

        as(coordinator, () -> tracking.recordMeeting(plan, meeting));

        assertThat(as(contact, () -> tracking.meetings(plan))).singleElement().satisfies(view -> {
            assertThat(view.content()).isEqualTo(meeting);
            assertThat(view.actionTitles()).containsExactly("Monitoring office");
        });
        assertThat(as(
                        contact,
                        () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                                .meetings()))
                .hasSize(1);
        assertThatThrownBy(() -> as(contact, () -> tracking.recordMeeting(plan, meeting)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(coordinatorOfOtherCity, () -> tracking.recordMeeting(plan, meeting)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(coordinatorOfOtherCity, () -> tracking.meetings(plan)))
                .isInstanceOf(AccessDeniedException.class);
        var foreign = new MeetingContent(
                LocalDate.of(2025, 5, 20),
                MeetingKind.DEPARTMENT_MEETING,
                null,
                "Minutes",
                List.of(new ActionId(java.util.UUID.randomUUID())),
                null);
        assertThatThrownBy(() -> as(coordinator, () -> tracking.recordMeeting(plan, foreign)))
                .isInstanceOf(RuleViolationException.class);
        assertThat(as(coordinator, () -> tracking.meetings(plan))).hasSize(1);
    }

    @Test
    void updatesAndMeetingsAreWrittenInThePlansLanguageUnlessTheWriterChoseAnother() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.PLANNED, null);
        adopt();
        var spanish = new ProgressReport(
                LocalDate.of(2025, 6, 30), ActionStatus.IN_PROGRESS, 40, "La oficina abrió", null, List.of(), "ES");
        as(contact, () -> tracking.postUpdate(plan, action, spanish));
        as(
                contact,
                () -> tracking.postUpdate(
                        plan, action, report(LocalDate.of(2025, 7, 30), ActionStatus.IN_PROGRESS, 50)));
        as(
                coordinator,
                () -> tracking.recordMeeting(
                        plan,
                        new MeetingContent(
                                LocalDate.of(2025, 5, 20),
                                MeetingKind.DEPARTMENT_MEETING,
                                null,
                                "Minutes",
                                List.of(),
                                null)));

        var updates = as(
                contact,
                () -> tracking.action(plan, action, LocalDate.now(), Locale.ENGLISH)
                        .updates());
        assertThat(updates)
                .extracting(update -> update.report().language())
                .as("the latest first; left out, the plan's language")
                .containsExactly("de", "es");
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        assertThat(translations
                        .read(
                                TrackingTexts.of(
                                                updates.get(1).id(),
                                                updates.get(1).report())
                                        .keySet()
                                        .iterator()
                                        .next(),
                                "en")
                        .sourceLanguage())
                .isEqualTo("es");
        assertThat(as(coordinator, () -> tracking.meetings(plan)))
                .singleElement()
                .satisfies(meeting -> assertThat(meeting.content().language()).isEqualTo("de"));
        assertThatThrownBy(() -> new MeetingContent(
                        LocalDate.of(2025, 5, 20), MeetingKind.DEPARTMENT_MEETING, null, "Minutes", List.of(), "xx"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("plan.rule.language");
    }

    @Test
    void theContactsOfTheActionsDepartmentHearOnceThatItsProgressUpdateFallsDue() {
        var action = addAction("Monitoring office", "research-innovation", ActionStatus.IN_PROGRESS, null);
        var german = TestPeople.holding(
                context,
                RoleGrant.departmentContact(city.city().id(), city.department().id()));
        as(german, () -> context.getBean(Accounts.class).updateProfile("Pat Doe", "de"));
        adopt();
        var reminders = context.getBean(UpdateReminders.class);

        // decided on 12 March 2025, updated every six months: the first update is due on 12 September 2025
        reminders.remind(LocalDate.of(2025, 9, 1));
        assertThat(updateMailsTo(contact)).isEmpty();
        var announced = PublishedEvents.during(context, ProgressUpdateDue.class, () -> {
            reminders.remind(LocalDate.of(2025, 9, 6));
            EventsSettled.await(context.getBean(EventPublicationRegistry.class));
            reminders.remind(LocalDate.of(2025, 9, 15));
        });
        // the due date is published once, not again on each day it is in the window
        assertThat(announced.stream().filter(due -> due.action().equals(action)))
                .hasSize(1);

        var link = "http://localhost:8080/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/actions/"
                + action.value() + "/progress";
        assertThat(updateMailsTo(contact)).singleElement().satisfies(mail -> {
            assertThat(mail.subject())
                    .contains(
                            "The progress update of the action \"Monitoring office\"", "is due on September 12, 2025");
            assertThat(mail.body()).contains(link, "/notices/unsubscribe?token=");
        });
        assertThat(updateMailsTo(german))
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("ist am 12. September 2025 fällig"));
        assertThat(updateMailsTo(contactOfOtherDepartment)).isEmpty();
        assertThat(updateMailsTo(coordinator)).isEmpty();
    }

    private List<OutboxEntry> updateMailsTo(UserDetails person) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return context.getBean(Mailer.class).outbox(1000).stream()
                .filter(mail -> mail.recipient().equals(person.getUsername()))
                .filter(mail -> mail.subject().contains("progress update")
                        || mail.subject().contains("Fortschritt"))
                .toList();
    }
}
