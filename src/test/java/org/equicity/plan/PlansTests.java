package org.equicity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.DECISION;
import static org.equicity.plan.PlanFixtures.action;
import static org.equicity.plan.PlanFixtures.as;
import static org.equicity.plan.PlanFixtures.commitment;
import static org.equicity.plan.PlanFixtures.newPlan;

import java.time.LocalDate;
import java.util.List;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.PlanFixtures.TestCity;
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
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;

// With MockMvc, though unused here: the same cached application context as the page tests, one start fewer.
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PlansTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    Plans plans;

    TestCity city;
    UserDetails coordinator;

    @BeforeEach
    void setUp() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
    }

    @Test
    void aCoordinatorDraftsAPlanWhoseCommitmentsActionsAndNeedsAreStoredAsWritten() {
        var view = as(coordinator, () -> {
            var plan = plans.create(newPlan(city, null));
            var commitment = plans.addCommitment(plan, commitment("1", city));
            var need = plans.addNeed(
                    plan,
                    new NeedContent(
                            NeedMethod.WORLD_CAFE,
                            LocalDate.of(2024, 10, 3),
                            "NGOs, migrant council",
                            "A place to report incidents",
                            commitment,
                            "information-advice",
                            null));
            plans.addNeed(
                    plan, new NeedContent(NeedMethod.SURVEY, null, null, "Training for teachers", null, null, null));
            plans.addAction(
                    plan, commitment, action("Monitoring office", ActionStatus.IN_PROGRESS, city, List.of(need)));
            plans.addAction(plan, commitment, action("Yearly report", ActionStatus.PLANNED, city, List.of()));
            return plans.plan(plan);
        });

        assertThat(view.state()).isEqualTo(PlanState.DRAFT);
        assertThat(view.details())
                .as("written in the city's main language unless the writer said otherwise")
                .isEqualTo(new PlanDetails("Action plan against racism", 2025, 2028, "de"));
        var commitment = view.commitments().get(0);
        assertThat(commitment.content()).isEqualTo(commitment("1", city).writtenIn("de"));
        assertThat(commitment.title(view.catalogue().commitments(), java.util.Locale.ENGLISH))
                .isEqualTo("Greater Vigilance against Racism");
        assertThat(commitment.actions())
                .extracting(a -> a.content().title())
                .containsExactly("Monitoring office", "Yearly report");
        var monitoring = commitment.actions().get(0);
        assertThat(monitoring.content().budget().amount()).isEqualByComparingTo("25000");
        assertThat(monitoring.content().responsibleDepartments())
                .containsExactly(city.department().id());
        assertThat(monitoring.suggestedTags())
                .extracting(Plans.Tag::ref)
                .contains("ici-fields-of-action@2019:anti-discrimination", "eurocities-benchmark-key-factors@2012:kf11")
                .noneMatch(ref -> ref.startsWith("eccar-"));
        assertThat(view.unansweredNeeds())
                .extracting(n -> n.content().description())
                .containsExactly("Training for teachers");
        assertThat(view.actionsAnsweringNoNeed())
                .extracting(a -> a.content().title())
                .containsExactly("Yearly report");
    }

    @Test
    void everyChangeIsKeptWithWhoWhenAndWhichFieldChangedFromWhatToWhat() {
        var history = as(coordinator, () -> {
            var plan = plans.create(newPlan(city, null));
            var commitment = plans.addCommitment(plan, commitment("1", city));
            var actionId = plans.addAction(
                    plan, commitment, action("Monitoring office", ActionStatus.PLANNED, city, List.of()));
            var stored = plans.plan(plan).action(actionId).orElseThrow();
            var changed = new ActionContent(
                    stored.content().title(),
                    stored.content().description(),
                    stored.content().track(),
                    stored.content().actorGroups(),
                    stored.content().fieldsOfActivity(),
                    stored.content().cityRoles(),
                    stored.content().targetGroups(),
                    stored.content().responsibleDepartments(),
                    stored.content().contactPerson(),
                    stored.content().start(),
                    stored.content().end(),
                    stored.content().budget(),
                    ActionStatus.DELAYED,
                    30,
                    stored.content().needs(),
                    stored.content().tags(),
                    stored.content().language());
            plans.updateAction(plan, actionId, stored.version(), changed);
            plans.openConsultation(plan);
            return plans.history(plan);
        });

        assertThat(history)
                .extracting(Plans.HistoryEntry::kind)
                .containsExactly(
                        ChangeKind.CONSULTATION_OPENED,
                        ChangeKind.UPDATED,
                        ChangeKind.CREATED,
                        ChangeKind.CREATED,
                        ChangeKind.CREATED);
        var update = history.get(1);
        assertThat(update.subject()).isEqualTo(Subject.ACTION);
        assertThat(update.subjectLabel()).isEqualTo("Monitoring office");
        assertThat(update.actor()).isEqualTo("Test person");
        assertThat(update.changes())
                .containsExactly(
                        new Plans.FieldChange("status", "PLANNED", "DELAYED"),
                        new Plans.FieldChange("progress", null, "30"));
        assertThat(history.get(0).changes())
                .containsExactly(new Plans.FieldChange("state", "DRAFT", "IN_CONSULTATION"));
        assertThat(history.get(4).changes())
                .contains(new Plans.FieldChange("title", null, "Action plan against racism"));
    }

    @Test
    void anEditStartedFromAnOlderVersionIsRefusedAndChangesNothing() {
        as(coordinator, () -> {
            var plan = plans.create(newPlan(city, null));
            var commitment = plans.addCommitment(plan, commitment("1", city));
            var version = plans.plan(plan).commitment(commitment).orElseThrow().version();
            var first = commitment("1", city);
            var renamed = new CommitmentContent(
                    "1",
                    "Vigilance in our city",
                    first.goal(),
                    first.targetGroups(),
                    first.coordination(),
                    first.implementation(),
                    first.specificObjectives(),
                    first.humanRightsPrinciples(),
                    first.expectedOutcome(),
                    first.expectedImpact(),
                    first.progressIndicators(),
                    first.outcomeIndicators(),
                    first.language());
            plans.updateCommitment(plan, commitment, version, renamed);
            assertThatThrownBy(() -> plans.updateCommitment(plan, commitment, version, first))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
            assertThat(plans.plan(plan)
                            .commitment(commitment)
                            .orElseThrow()
                            .content()
                            .ownTitle())
                    .isEqualTo("Vigilance in our city");
            assertThatThrownBy(() -> plans.update(plan, 99, new PlanDetails("Other", 2025, 2026, null)))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        });
    }

    @Test
    void aNewPlanBuildsOnThePreviousOneWithCopiesOfItsCommitmentsAndUnfinishedActions() {
        var result = as(coordinator, () -> {
            var old = plans.create(newPlan(city, null));
            var commitment = plans.addCommitment(old, commitment("3", city));
            var need = plans.addNeed(
                    old, new NeedContent(NeedMethod.FOCUS_GROUP, null, null, "Counselling", null, null, null));
            var running = plans.addAction(
                    old, commitment, action("Counselling service", ActionStatus.IN_PROGRESS, city, List.of(need)));
            plans.addAction(old, commitment, action("Study", ActionStatus.COMPLETED, city, List.of()));
            var successor = plans.create(newPlan(city, old));
            return List.of(plans.plan(old), plans.plan(successor), running);
        });
        var old = (Plans.PlanView) result.get(0);
        var successor = (Plans.PlanView) result.get(1);
        assertThat(successor.previous()).isEqualTo(old.id());
        assertThat(successor.commitments()).hasSize(1);
        var copy = successor.commitments().get(0);
        assertThat(copy.original()).isEqualTo(old.commitments().get(0).id());
        assertThat(copy.content()).isEqualTo(old.commitments().get(0).content());
        assertThat(copy.actions()).extracting(a -> a.content().title()).containsExactly("Counselling service");
        assertThat(copy.actions().get(0).original()).isEqualTo(result.get(2));
        assertThat(copy.actions().get(0).content().needs()).isEmpty();
        assertThat(old.commitments().get(0).actions()).hasSize(2);
    }

    @Test
    void theCitysPeopleReadDraftsOthersSeeOnlyAdoptedPlansAndOnlyCoordinatorsOfTheCityWrite() {
        var plan = as(coordinator, () -> plans.create(newPlan(city, null)));
        var partner = TestPeople.holding(
                context,
                RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, city.city().id()));
        var contact = PlanFixtures.contact(context, city);
        var other = PlanFixtures.city(context);
        var stranger = TestPeople.holding(
                context, RoleGrant.inCity(Role.CITY_COORDINATOR, other.city().id()));

        assertThat(as(partner, () -> plans.plan(plan)).state()).isEqualTo(PlanState.DRAFT);
        assertThat(as(contact, () -> plans.plan(plan)).writable()).isFalse();
        assertThat(as(contact, () -> plans.ofCity(city.city().id()))).hasSize(1);
        assertThatThrownBy(() -> as(stranger, () -> plans.plan(plan))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> plans.plan(plan)).isInstanceOf(NotFoundException.class);
        assertThat(plans.ofCity(city.city().id())).isEmpty();

        assertThatThrownBy(() -> as(stranger, () -> plans.openConsultation(plan)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(partner, () -> plans.addCommitment(plan, commitment("1", city))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(stranger, () -> plans.create(newPlan(city, null))))
                .isInstanceOf(AccessDeniedException.class);

        as(coordinator, () -> {
            plans.openConsultation(plan);
            plans.adopt(plan, DECISION);
        });
        assertThat(plans.plan(plan).decision()).isEqualTo(DECISION);
        assertThat(plans.ofCity(city.city().id()))
                .extracting(Plans.PlanSummary::state)
                .containsExactly(PlanState.ADOPTED);
        assertThatThrownBy(() -> plans.history(plan)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void choicesMustComeFromThePlansFrameworksAndDepartmentsFromItsCity() {
        var other = PlanFixtures.city(context);
        as(coordinator, () -> {
            var plan = plans.create(newPlan(city, null));
            var commitment = plans.addCommitment(plan, commitment("1", city));
            assertThatThrownBy(() -> plans.addCommitment(plan, commitment("1", city)))
                    .hasMessage("plan.rule.commitment-duplicate");
            assertThatThrownBy(() -> plans.addCommitment(plan, commitment("11", city)))
                    .hasMessage("plan.rule.unknown-item");
            assertThatThrownBy(() -> plans.addCommitment(plan, commitment("2", other)))
                    .hasMessage("plan.rule.department");
            var wrongTrack = action("Hotline", ActionStatus.PLANNED, city, List.of());
            var unknown = new ActionContent(
                    wrongTrack.title(),
                    null,
                    "lobbying",
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null);
            assertThatThrownBy(() -> plans.addAction(plan, commitment, unknown))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessage("plan.rule.unknown-item");
            assertThat(plans.plan(plan).actions()).isEmpty();
        });
    }
}
