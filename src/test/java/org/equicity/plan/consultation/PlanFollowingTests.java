package org.equicity.plan.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.action;
import static org.equicity.plan.PlanFixtures.as;
import static org.equicity.plan.PlanFixtures.commitment;
import static org.equicity.plan.PlanFixtures.newPlan;

import java.util.List;
import java.util.Locale;
import org.equicity.EventsSettled;
import org.equicity.mail.Mailer;
import org.equicity.mail.OutboxEntry;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.Subject;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetails;

/** Civil society follows a published plan, is mailed when it or its actions change status, and reads its history. */
// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PlanFollowingTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    @Autowired
    PlanFollowing following;

    @Autowired
    Mailer mailer;

    TestCity city;
    UserDetails coordinator;
    UserDetails citizen;
    PlanId plan;
    ActionId action;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        citizen = TestPeople.holding(context);
        as(coordinator, () -> {
            plan = plans.create(newPlan(city, null));
            var commitment = plans.addCommitment(plan, commitment("1", city));
            action = plans.addAction(plan, commitment, action("Monitoring", ActionStatus.PLANNED, city, List.of()));
            plans.updateAction(plan, action, 0, withStatus(ActionStatus.DELAYED));
        });
    }

    ActionContent withStatus(ActionStatus status) {
        return action("Monitoring", status, city, List.of());
    }

    List<OutboxEntry> mailsTo(UserDetails person) {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        return mailer.outbox(500).stream()
                .filter(mail -> mail.recipient().equals(person.getUsername()))
                .toList();
    }

    long actionVersion() {
        return as(
                coordinator, () -> plans.plan(plan).action(action).orElseThrow().version());
    }

    @Test
    void aFollowerIsMailedInTheirLanguageWhenThePlanOrAnActionChangesStatusAndNotAfterUnfollowing() {
        as(coordinator, () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
        });
        as(citizen, () -> following.follow(plan, Locale.GERMAN));
        as(citizen, () -> following.follow(plan, Locale.GERMAN));
        assertThat(as(citizen, () -> following.isFollowing(plan))).isTrue();

        as(coordinator, () -> {
            plans.startImplementation(plan);
            plans.updateAction(plan, action, actionVersion(), withStatus(ActionStatus.IN_PROGRESS));
            plans.update(plan, plans.plan(plan).version(), new PlanDetails("Renamed plan", 2025, 2028, null));
        });

        var mails = mailsTo(citizen);
        assertThat(mails).hasSize(2);
        assertThat(mails).anySatisfy(mail -> {
            assertThat(mail.subject()).contains("Action plan against racism", "In Umsetzung");
            assertThat(mail.body()).contains("/cities/" + city.city().slug() + "/plans/" + plan.value());
        });
        assertThat(mails)
                .anySatisfy(mail -> assertThat(mail.body())
                        .contains("„Monitoring“", "von Verzögert zu In Arbeit", "Nicht mehr folgen"));

        as(citizen, () -> following.unfollow(plan));
        assertThat(as(citizen, () -> following.isFollowing(plan))).isFalse();
        as(coordinator, () -> plans.updateAction(plan, action, actionVersion(), withStatus(ActionStatus.COMPLETED)));
        assertThat(mailsTo(citizen)).hasSize(2);
    }

    @Test
    void onlyAPublishedPlanCanBeFollowed() {
        assertThatThrownBy(() -> as(citizen, () -> following.follow(plan, Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(coordinator, () -> following.follow(plan, Locale.ENGLISH)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.not-published");
        assertThat(as(citizen, () -> following.isFollowing(plan))).isFalse();
    }

    @Test
    void thePublicHistoryStartsWithTheAdoptionAndNamesNoStaff() {
        as(coordinator, () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
            plans.startImplementation(plan);
            plans.updateAction(plan, action, actionVersion(), withStatus(ActionStatus.IN_PROGRESS));
        });

        var history = plans.publicHistory(plan);

        assertThat(history)
                .extracting(entry -> entry.subject() + " " + entry.kind())
                .containsExactly("ACTION UPDATED", "PLAN IMPLEMENTATION_STARTED", "PLAN ADOPTED");
        assertThat(history).allSatisfy(entry -> assertThat(entry.actor()).isNull());
        assertThat(history.get(0).changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("status");
            assertThat(change.from()).isEqualTo("DELAYED");
            assertThat(change.to()).isEqualTo("IN_PROGRESS");
        });
        assertThat(history).noneMatch(entry -> entry.subject() == Subject.PLAN && entry.kind() == ChangeKind.CREATED);
    }

    @Test
    void aDraftHasNoPublicHistory() {
        assertThatThrownBy(() -> plans.publicHistory(plan)).isInstanceOf(NotFoundException.class);
    }
}
