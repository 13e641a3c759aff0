package org.equicity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class PlanLifecycleTests {

    static final CityId CITY = new CityId(UUID.randomUUID());
    static final PlanFrameworks ECCAR = PlanFrameworks.following(
            FrameworkRef.parse("eccar-commitments@2023"), FrameworkRef.parse("eccar-tracks@2023"));
    static final CouncilDecision DECISION =
            new CouncilDecision(LocalDate.of(2025, 3, 12), "GR 2025/17", "https://example.org/minutes.pdf");

    static Plan draft(CityId city) {
        return new Plan(
                city,
                new PlanDetails("Action plan 2025–2028", 2025, 2028, null),
                ECCAR,
                null,
                Instant.parse("2025-01-15T09:00:00Z"));
    }

    @Test
    void aPlanGoesFromDraftThroughConsultationAndAdoptionToImplementationAndClosure() {
        var plan = draft(CITY);
        assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
        plan.openConsultation();
        assertThat(plan.state()).isEqualTo(PlanState.IN_CONSULTATION);
        plan.adopt(DECISION);
        assertThat(plan.state()).isEqualTo(PlanState.ADOPTED);
        assertThat(plan.decision()).isEqualTo(DECISION);
        plan.startImplementation();
        assertThat(plan.state()).isEqualTo(PlanState.IN_IMPLEMENTATION);
        plan.close();
        assertThat(plan.state()).isEqualTo(PlanState.CLOSED);
    }

    @Test
    void aDraftCannotBeAdoptedWithoutConsultationNorImplementedBeforeAdoption() {
        var plan = draft(CITY);
        assertThatThrownBy(() -> plan.adopt(DECISION))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.transition");
        assertThatThrownBy(plan::startImplementation).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(plan::close).isInstanceOf(RuleViolationException.class);
        assertThat(plan.state()).isEqualTo(PlanState.DRAFT);
        assertThat(plan.decision()).isNull();
    }

    @Test
    void consultationOpensOnceAndAClosedPlanCannotBeEditedAnyMore() {
        var plan = draft(CITY);
        plan.openConsultation();
        assertThatThrownBy(plan::openConsultation).isInstanceOf(RuleViolationException.class);
        plan.adopt(DECISION);
        plan.close();
        assertThatThrownBy(() -> plan.revise(new PlanDetails("Renamed", 2025, 2028, null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("plan.rule.finished");
        assertThatThrownBy(plan::requireOpenForWork).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void onlyAnAdoptedPlanOfTheSameCitySupersedesAPlan() {
        var old = adopted(CITY);
        var stillDraft = draft(CITY);
        assertThatThrownBy(() -> old.supersede(stillDraft)).hasMessage("plan.rule.successor-not-adopted");
        assertThatThrownBy(() -> old.supersede(adopted(new CityId(UUID.randomUUID()))))
                .hasMessage("plan.rule.successor");
        assertThatThrownBy(() -> old.supersede(old)).hasMessage("plan.rule.successor");
        var successor = adopted(CITY);
        old.supersede(successor);
        assertThat(old.state()).isEqualTo(PlanState.SUPERSEDED);
        assertThat(old.supersededBy()).isEqualTo(successor.id());
        assertThatThrownBy(() -> old.supersede(successor)).hasMessage("plan.rule.transition");
    }

    @Test
    void onlyAdoptedPlansArePublic() {
        assertThat(PlanState.DRAFT.isPublic()).isFalse();
        assertThat(PlanState.IN_CONSULTATION.isPublic()).isFalse();
        assertThat(List.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION, PlanState.CLOSED, PlanState.SUPERSEDED))
                .allMatch(PlanState::isPublic);
    }

    @Test
    void aPeriodEndsAfterItStartsAndADecisionNeedsDateAndReference() {
        assertThatThrownBy(() -> new PlanDetails("Plan", 2028, 2025, null)).hasMessage("plan.rule.period");
        assertThatThrownBy(() -> new PlanDetails(" ", 2025, 2028, null)).hasMessage("plan.rule.required");
        assertThatThrownBy(() -> new CouncilDecision(null, "GR 1", null)).hasMessage("plan.rule.required");
        assertThatThrownBy(() -> new CouncilDecision(LocalDate.now(), "GR 1", "javascript:alert(1)"))
                .hasMessage("plan.rule.link");
    }

    @Test
    void aNewPlanCopiesEveryCommitmentAndOnlyTheUnfinishedActionsLinkingEachCopyToItsOriginal() {
        var old = adopted(CITY);
        var vigilance = new Commitment(old.id(), 1, commitment("1"), null);
        var housing = new Commitment(old.id(), 2, commitment("7"), null);
        var running = new PlanAction(
                old.id(), vigilance.id(), 1, action("Monitoring office", ActionStatus.IN_PROGRESS), null);
        var done = new PlanAction(old.id(), vigilance.id(), 2, action("Study", ActionStatus.COMPLETED), null);
        var stopped = new PlanAction(old.id(), housing.id(), 1, action("Hotline", ActionStatus.DISCONTINUED), null);
        var late = new PlanAction(old.id(), housing.id(), 2, action("Testing", ActionStatus.DELAYED), null);

        var successor = draft(CITY);
        var copies =
                Succession.copy(successor.id(), List.of(vigilance, housing), List.of(running, done, stopped, late));

        assertThat(copies.commitments()).hasSize(2).allMatch(c -> c.plan().equals(successor.id()));
        assertThat(copies.commitments()).extracting(Commitment::original).containsExactly(vigilance.id(), housing.id());
        assertThat(copies.commitments().get(0).content()).isEqualTo(vigilance.content());
        assertThat(copies.commitments().get(0).id()).isNotEqualTo(vigilance.id());

        assertThat(copies.actions()).extracting(PlanAction::title).containsExactly("Monitoring office", "Testing");
        assertThat(copies.actions()).extracting(PlanAction::original).containsExactly(running.id(), late.id());
        assertThat(copies.actions().get(0).commitment())
                .isEqualTo(copies.commitments().get(0).id());
        assertThat(copies.actions().get(1).commitment())
                .isEqualTo(copies.commitments().get(1).id());
        assertThat(copies.actions()).allMatch(a -> a.plan().equals(successor.id()));
        assertThat(copies.actions().get(0).content().status()).isEqualTo(ActionStatus.IN_PROGRESS);
    }

    static Plan adopted(CityId city) {
        var plan = draft(city);
        plan.openConsultation();
        plan.adopt(DECISION);
        return plan;
    }

    static CommitmentContent commitment(String code) {
        return new CommitmentContent(
                code,
                null,
                "Goal " + code,
                null,
                null,
                null,
                List.of("Objective"),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null);
    }

    static ActionContent action(String title, ActionStatus status) {
        return new ActionContent(
                title,
                null,
                "enforcement",
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                status,
                40,
                List.of(new NeedId(UUID.randomUUID())),
                List.of(),
                null);
    }
}
