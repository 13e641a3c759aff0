package org.equicity.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.equicity.EventsSettled;
import org.equicity.mail.Mailer;
import org.equicity.monitoring.FollowUps.FollowUpNote;
import org.equicity.monitoring.FollowUps.RecommendationId;
import org.equicity.monitoring.FollowUps.Status;
import org.equicity.monitoring.InformationRequests.Addressee;
import org.equicity.monitoring.InformationRequests.RequestContent;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.access.AccessDeniedException;

/**
 * A published report's recommendations are followed up: everyone who provided information is told of the
 * publication, each recommendation moves by guarded steps, is followed up yearly by the chapter's methods (an
 * overdue one waits for the coordinator), may become an action of the action plan, and the next edition starts from
 * the previous one.
 */
@SpringBootTest
// With MockMvc, though unused here: the same cached application context as the other tests, one start fewer.
@AutoConfigureMockMvc
@Tag("database")
class FollowUpsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    MonitoringReports reports;

    @Autowired
    FollowUps followUps;

    @Autowired
    InformationRequests requests;

    @Autowired
    Monitoring monitoring;

    @Autowired
    Plans plans;

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublicationRegistry publications;

    TestMonitoring city;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
    }

    RecommendationId published() {
        MonitoringFixtures.publish(
                city,
                context,
                "eva-" + city.programme().value() + "@example.org",
                "hans-" + city.programme().value() + "@example.org");
        return as(city.coordinator(), () -> followUps.ofProgramme(city.programme()))
                .get(0)
                .id();
    }

    @Test
    void everyoneWhoProvidedInformationIsToldOfThePublicationInTheirLanguageOnce() {
        var equalityMail = "eva-" + city.programme().value() + "@example.org";
        var housingMail = "hans-" + city.programme().value() + "@example.org";
        MonitoringFixtures.publish(city, context, equalityMail, housingMail);
        EventsSettled.await(publications);

        var told = mailer.outbox(500).stream()
                .filter(mail -> mail.subject().contains("Inner-administrative monitoring report 2026"))
                .toList();
        assertThat(told)
                .filteredOn(mail -> mail.recipient().equals(equalityMail))
                .as("the contact who answered, in the city's language (German)")
                .singleElement()
                .satisfies(mail -> {
                    assertThat(mail.subject()).contains("veröffentlicht");
                    assertThat(mail.body())
                            .contains("/cities/" + city.city().city().slug() + "/monitoring/"
                                    + city.programme().value() + ".pdf");
                });
        assertThat(told)
                .filteredOn(
                        mail -> mail.recipient().equals(city.housingContact().getUsername()))
                .as("the contact of the department that gave a statement, in their own language")
                .singleElement()
                .satisfies(mail -> assertThat(mail.subject()).contains("has published"));
        assertThat(told)
                .as("a department that neither answered nor stated gave no information")
                .noneMatch(mail -> mail.recipient().equals(housingMail));
        assertThat(told.toString()).doesNotContain(MonitoringReportsTests.HOUSING_FINDING);
    }

    @Test
    void aRecommendationMovesByGuardedStepsAndOneNotAcceptedSaysWhy() {
        var id = published();
        var open = as(city.equalityContact(), () -> followUps.recommendation(id));
        assertThat(open.status()).isEqualTo(Status.OPEN);
        assertThat(open.addressee()).isEqualTo("Housing office");
        assertThat(open.nextFollowUp()).isEqualTo(LocalDate.now().plusMonths(FollowUps.MONTHS_BETWEEN));
        assertThat(open.manageable()).isFalse();

        assertThatThrownBy(() -> as(
                        city.coordinator(), () -> followUps.changeStatus(id, open.version(), Status.NOT_ACCEPTED, " ")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.reason-required");
        as(city.coordinator(), () -> followUps.changeStatus(id, open.version(), Status.NOT_ACCEPTED, "No budget."));
        var refused = as(city.coordinator(), () -> followUps.recommendation(id));
        assertThat(refused.reason()).isEqualTo("No budget.");
        assertThat(refused.nextFollowUp()).as("nothing more to follow up").isNull();
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> followUps.changeStatus(id, refused.version(), Status.IMPLEMENTED, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.status-step");
        assertThatThrownBy(() -> as(city.coordinator(), () -> followUps.changeStatus(id, 0, Status.OPEN, null)))
                .as("a stale version")
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);
        as(city.coordinator(), () -> followUps.changeStatus(id, refused.version(), Status.OPEN, null));
        assertThat(as(city.coordinator(), () -> followUps.recommendation(id)).reason())
                .isNull();
        assertThatThrownBy(
                        () -> as(city.housingContact(), () -> followUps.changeStatus(id, 2, Status.IN_PROGRESS, null)))
                .as("the steering group moves it, not the department")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOverdueFollowUpWaitsForTheCoordinatorUntilOneIsRecorded() {
        var id = published();
        var cityId = city.city().city().id();
        assertThat(as(city.coordinator(), () -> followUps.overdue(cityId))).isEmpty();

        // a year and a month later
        jdbc.update(
                "update monitoring_recommendation set published_on = ? where id = ?",
                LocalDate.now().minusMonths(13),
                id.value());
        assertThat(as(city.coordinator(), () -> followUps.overdue(cityId)))
                .singleElement()
                .satisfies(due -> {
                    assertThat(due.number()).isEqualTo(1);
                    assertThat(due.reportTitle()).isEqualTo("Inner-administrative monitoring report 2026");
                    assertThat(due.due()).isEqualTo(LocalDate.now().minusMonths(1));
                });

        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> followUps.recordFollowUp(id, new FollowUpNote(LocalDate.now(), "coffee", "Talked."))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.unknown-code");
        assertThatThrownBy(() -> as(
                        city.coordinator(),
                        () -> followUps.recordFollowUp(
                                id, new FollowUpNote(LocalDate.now().plusDays(3), "round-table", "Planned."))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.future");
        as(
                city.coordinator(),
                () -> followUps.recordFollowUp(
                        id,
                        new FollowUpNote(
                                LocalDate.now(), "focus-group-department", "The office sorts by need since May.")));

        assertThat(as(city.coordinator(), () -> followUps.overdue(cityId))).isEmpty();
        var followed = as(city.coordinator(), () -> followUps.recommendation(id));
        assertThat(followed.followUps())
                .singleElement()
                .satisfies(entry -> assertThat(entry.method()).isEqualTo("focus-group-department"));
        assertThat(followed.nextFollowUp()).isEqualTo(LocalDate.now().plusMonths(FollowUps.MONTHS_BETWEEN));
    }

    @Test
    void aRecommendationBecomesAnActionOfTheActionPlanLinkedBothWaysAndItsImplementationShowsInTheNextEdition() {
        var id = published();
        var testCity = city.city();
        var plan = as(city.coordinator(), () -> plans.create(PlanFixtures.newPlan(testCity, null)));
        var commitment =
                as(city.coordinator(), () -> plans.addCommitment(plan, PlanFixtures.commitment("1", testCity)));

        var action = as(city.coordinator(), () -> followUps.turnIntoAction(id, plan, commitment));

        var view = as(city.coordinator(), () -> plans.plan(plan)).action(action).orElseThrow();
        assertThat(view.content().title()).isEqualTo("Sort waiting lists by need only.");
        assertThat(view.content().responsibleDepartments())
                .containsExactly(city.housing().id());
        assertThat(view.content().contactPerson()).isEqualTo("Hans Housing");
        assertThat(view.source()).isNotNull();
        assertThat(view.source().link())
                .isEqualTo("/manage/cities/" + testCity.city().slug() + "/monitoring/"
                        + city.programme().value() + "/follow-up#recommendation-1");
        assertThat(view.source().text()).contains("Inner-administrative monitoring report 2026", "1. Sort");
        var linked = as(city.coordinator(), () -> followUps.recommendation(id));
        assertThat(linked.status()).as("taken up").isEqualTo(Status.IN_PROGRESS);
        assertThat(linked.action()).isNotNull();
        assertThat(linked.action().action()).isEqualTo(action);
        assertThatThrownBy(() -> as(city.coordinator(), () -> followUps.turnIntoAction(id, plan, commitment)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.already-action");

        as(city.coordinator(), () -> plans.followProgress(plan, action, ActionStatus.COMPLETED, 100));
        var next = as(city.coordinator(), () -> monitoring.startNextEdition(city.programme()));
        var previous = as(city.coordinator(), () -> monitoring.programme(next)).previous();
        assertThat(previous).isEqualTo(city.programme());
        assertThat(as(city.coordinator(), () -> followUps.ofProgramme(previous)))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.action().status()).isEqualTo(ActionStatus.COMPLETED);
                    assertThat(r.action().progress()).isEqualTo(100);
                });
    }

    @Test
    void aPlanOfAnotherCityOrACommitmentOfAnotherPlanIsRefused() {
        var id = published();
        var other = MonitoringFixtures.city(context);
        var foreignPlan = as(other.coordinator(), () -> plans.create(PlanFixtures.newPlan(other.city(), null)));
        var foreignCommitment = as(
                other.coordinator(),
                () -> plans.addCommitment(foreignPlan, PlanFixtures.commitment("1", other.city())));
        var ownPlan = as(city.coordinator(), () -> plans.create(PlanFixtures.newPlan(city.city(), null)));

        assertThatThrownBy(() ->
                        as(city.coordinator(), () -> followUps.turnIntoAction(id, foreignPlan, foreignCommitment)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(city.coordinator(), () -> followUps.turnIntoAction(id, ownPlan, foreignCommitment)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(city.coordinator(), () -> followUps.recommendation(id)).action())
                .isNull();
    }

    @Test
    void anotherCityIsRefusedEveryReadAndWrite() {
        var id = published();
        var other = MonitoringFixtures.city(context);
        var plan = as(other.coordinator(), () -> plans.create(PlanFixtures.newPlan(other.city(), null)));
        var commitment =
                as(other.coordinator(), () -> plans.addCommitment(plan, PlanFixtures.commitment("1", other.city())));
        assertThatThrownBy(() -> as(other.coordinator(), () -> followUps.ofProgramme(city.programme())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> followUps.recommendation(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> followUps.changeStatus(id, 0, Status.IN_PROGRESS, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> followUps.recordFollowUp(id, new FollowUpNote(LocalDate.now(), "round-table", "x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> followUps.turnIntoAction(id, plan, commitment)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        other.coordinator(),
                        () -> followUps.overdue(city.city().city().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> monitoring.startNextEdition(city.programme())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theNextEditionStartsWithTheSameIndicatorsQuestionsAndSteeringGroup() {
        var programme = city.programme();
        as(city.coordinator(), () -> {
            var first = monitoring.appoint(
                    programme, MonitoringTests.appointment("Ana Silva", null, LocalDate.of(2025, 12, 1)));
            monitoring.appoint(programme, MonitoringTests.appointment("Jonas Berg", null, LocalDate.of(2025, 12, 1)));
            monitoring.recordDeparture(programme, first, LocalDate.of(2026, 1, 31));
            monitoring.mandateSteeringGroup(
                    programme, monitoring.steeringGroup(programme).version(), "Follow up.");
            requests.prepare(
                    programme,
                    new RequestContent(
                            "Services and discrimination",
                            List.of("Which facts and numbers do you have?", "Good practices?"),
                            LocalDate.now().plusDays(20),
                            List.of(new Addressee(city.housing().id(), "Hans Housing", "hans@example.org"))));
        });

        var next = as(city.coordinator(), () -> monitoring.startNextEdition(programme));

        var previous = as(city.coordinator(), () -> monitoring.programme(programme));
        var started = as(city.coordinator(), () -> monitoring.programme(next));
        assertThat(started.edition()).isEqualTo(2);
        assertThat(previous.next()).isEqualTo(next);
        assertThat(started.content()).isEqualTo(previous.content());
        var group = as(city.coordinator(), () -> monitoring.steeringGroup(next));
        assertThat(group.mandate()).isEqualTo("Follow up.");
        assertThat(group.members())
                .as("the members still in the group, who keep the day they joined")
                .singleElement()
                .satisfies(member -> {
                    assertThat(member.name()).isEqualTo("Jonas Berg");
                    assertThat(member.joinedOn()).isEqualTo(LocalDate.of(2025, 12, 1));
                });
        var carried = as(city.coordinator(), () -> requests.ofProgramme(next));
        assertThat(carried).singleElement().satisfies(summary -> {
            assertThat(summary.state()).isEqualTo(InformationRequests.State.PREPARED);
            assertThat(summary.deadline())
                    .isEqualTo(LocalDate.now().plusDays(20).plusYears(2));
            var request = as(city.coordinator(), () -> requests.request(summary.id()));
            assertThat(request.questions()).containsExactly("Which facts and numbers do you have?", "Good practices?");
            assertThat(request.recipients())
                    .singleElement()
                    .satisfies(r -> assertThat(r.contactName()).isEqualTo("Hans Housing"));
        });
        assertThatThrownBy(() -> as(city.coordinator(), () -> monitoring.startNextEdition(programme)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("monitoring.rule.next-edition-exists");
    }
}
