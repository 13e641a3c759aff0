package org.equicity.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;
import static org.equicity.selfassessment.SelfAssessmentFixtures.BENCHMARK;

import java.util.List;
import org.equicity.framework.AnswerScale;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessmentFixtures.Story;
import org.equicity.selfassessment.SelfAssessments.DevelopmentContent;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.selfassessment.SelfAssessments.Horizon;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.selfassessment.SelfAssessments.State;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A city assesses itself against the EUROCITIES benchmark: its people answer the guide questions of each key factor,
 * judge it on the benchmark's scale with evidence from documents and from the city's own plan, and the coordinator
 * signs it off as the baseline; a development plan turns a key factor not met into an action of the city's plan,
 * and the next assessment shows it beside the baseline.
 */
@SpringBootTest
// With MockMvc, though unused here: the same cached application context as the other tests, one start fewer.
@AutoConfigureMockMvc
class SelfAssessmentsTests {

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    Plans plans;

    Story mine;
    Story theirs;

    @BeforeEach
    void setUp() {
        mine = SelfAssessmentFixtures.story(context);
        theirs = SelfAssessmentFixtures.story(context);
    }

    SelfAssessmentId start(Story story, String title) {
        return as(
                story.coordinator(), () -> assessments.start(story.city().city().id(), BENCHMARK, title));
    }

    @Test
    void theBenchmarkIsAnAssessmentFrameworkWithItsScaleEvidenceKindsExamplesAndContextFactors() {
        var benchmark = assessments.frameworks().stream()
                .filter(framework -> framework.ref().equals(BENCHMARK))
                .findFirst()
                .orElseThrow();

        assertThat(benchmark.scale().kind()).isEqualTo(AnswerScale.Kind.LEVELS);
        assertThat(benchmark.scale().levels())
                .extracting(AnswerScale.Level::code)
                .containsExactly("met", "partly-met", "not-met", "not-applicable");
        assertThat(benchmark.framework().evidence())
                .extracting(kind -> kind.code())
                .contains("minutes", "press-release");
        assertThat(benchmark.factors()).hasSize(11);
        assertThat(benchmark.contextFactors()).hasSize(7);
    }

    @Test
    void contributorsWriteKeyFactorsWithEvidenceAndTheCoordinatorSignsOffTheBaseline() {
        var id = start(mine, "Baseline 2026");
        as(mine.contact(), () -> {
            var factor = assessments.assessment(id).factor("kf1").orElseThrow();
            assessments.saveFactor(
                    id,
                    "kf1",
                    factor.version(),
                    new FactorContent(
                            List.of("Yes: the council's declaration of 2019."),
                            "partly-met",
                            "Leaders rarely refer to it.",
                            List.of("cf1")));
            assessments.addEvidence(
                    id,
                    "kf1",
                    EvidenceContent.document("minutes", "Council minutes, 12 May 2019", "https://example.org/m"));
            assessments.addEvidence(id, "kf1", EvidenceContent.planAction(mine.plan(), mine.action()));
        });

        var view = as(mine.partner(), () -> assessments.assessment(id));
        var kf1 = view.factor("kf1").orElseThrow();
        assertThat(kf1.content().judgement()).isEqualTo("partly-met");
        assertThat(kf1.score()).isEqualTo(50);
        assertThat(kf1.content().contextFactors()).containsExactly("cf1");
        assertThat(kf1.evidence())
                .extracting(e -> e.source(), e -> e.title())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Source.DOCUMENT, "Council minutes, 12 May 2019"),
                        org.assertj.core.groups.Tuple.tuple(
                                Source.PLAN_ACTION, "Plan against racism – Anti-discrimination clause"));
        assertThat(view.contributable()).isFalse();

        assertThatThrownBy(() -> as(mine.coordinator(), () -> assessments.signOff(id, view.version())))
                .isInstanceOf(RuleViolationException.class);
        as(mine.coordinator(), () -> SelfAssessmentFixtures.judgeAll(assessments, id, "not-met"));
        as(
                mine.coordinator(),
                () -> assessments.signOff(id, assessments.assessment(id).version()));

        var signed = as(mine.coordinator(), () -> assessments.assessment(id));
        assertThat(signed.summary().state()).isEqualTo(State.SIGNED_OFF);
        assertThat(signed.isBaseline()).isTrue();
        assertThat(signed.summary().index()).isEqualTo(82); // 9 of 11 met
        assertThatThrownBy(() -> as(
                        mine.coordinator(),
                        () -> assessments.saveFactor(
                                id, "kf1", signed.factor("kf1").orElseThrow().version(), FactorContent.empty())))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aJudgementOffTheScaleAnotherCitysPlanActionAndAStaleVersionAreRefused() {
        var id = start(mine, "Baseline");
        as(mine.coordinator(), () -> {
            var version = assessments.assessment(id).factor("kf2").orElseThrow().version();
            assertThatThrownBy(() -> assessments.saveFactor(
                            id, "kf2", version, new FactorContent(List.of(), "excellent", null, List.of())))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> assessments.saveFactor(
                            id, "kf2", version, new FactorContent(List.of(), "met", null, List.of("cf99"))))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> assessments.addEvidence(
                            id, "kf2", EvidenceContent.planAction(theirs.plan(), theirs.action())))
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> assessments.addEvidence(
                            id, "kf2", EvidenceContent.document("gossip", "Heard in the canteen", null)))
                    .isInstanceOf(RuleViolationException.class);
            assessments.saveFactor(id, "kf2", version, new FactorContent(List.of(), "met", null, List.of()));
            assertThatThrownBy(() -> assessments.saveFactor(
                            id, "kf2", version, new FactorContent(List.of(), "not-met", null, List.of())))
                    .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        });
    }

    @Test
    void anotherCitysCoordinatorNeitherReadsNorWritesAndAPartnerDoesNotWrite() {
        var id = start(mine, "Baseline");
        var version = as(
                mine.coordinator(),
                () -> assessments.assessment(id).factor("kf1").orElseThrow().version());
        assertThatThrownBy(() -> as(theirs.coordinator(), () -> assessments.assessment(id)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        theirs.coordinator(), () -> assessments.saveFactor(id, "kf1", version, FactorContent.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        as(mine.partner(), () -> assessments.saveFactor(id, "kf1", version, FactorContent.empty())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(mine.contact(), () -> assessments.signOff(id, 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(
                        theirs.coordinator(),
                        () -> assessments.start(mine.city().city().id(), BENCHMARK, "Not ours")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aQuickWinBecomesAPlanActionTaggedWithItsKeyFactorAndTheNextAssessmentShowsItsProgress() {
        var baseline = start(mine, "Baseline");
        as(mine.coordinator(), () -> {
            SelfAssessmentFixtures.judgeAll(assessments, baseline, "not-met");
            assessments.signOff(baseline, assessments.assessment(baseline).version());
        });
        var view = as(mine.coordinator(), () -> assessments.assessment(baseline));
        assertThat(view.objectives()).extracting(f -> f.code()).containsExactly("kf1", "kf2");

        var quickWin = as(
                mine.coordinator(),
                () -> assessments.addDevelopmentAction(
                        baseline,
                        new DevelopmentContent(
                                "kf1",
                                "Mayor's statement against discrimination",
                                Horizon.QUICK_WIN,
                                "Mayor's office",
                                null)));
        assertThatThrownBy(() -> as(
                        mine.coordinator(),
                        () -> assessments.addDevelopmentAction(
                                baseline, new DevelopmentContent("kf5", "Already met", Horizon.QUICK_WIN, null, null))))
                .isInstanceOf(RuleViolationException.class);
        var planAction =
                as(mine.coordinator(), () -> assessments.addToPlan(baseline, quickWin, mine.plan(), mine.commitment()));

        var action = as(
                mine.coordinator(),
                () -> plans.plan(mine.plan()).action(planAction).orElseThrow());
        assertThat(action.content().tags()).containsExactly("eurocities-benchmark-key-factors@2012:kf1");
        assertThatThrownBy(() -> as(
                        mine.coordinator(),
                        () -> assessments.addToPlan(baseline, quickWin, mine.plan(), mine.commitment())))
                .isInstanceOf(RuleViolationException.class);

        as(mine.coordinator(), () -> plans.followProgress(mine.plan(), planAction, ActionStatus.IN_PROGRESS, 40));
        var next = start(mine, "A year later");
        as(mine.coordinator(), () -> {
            SelfAssessmentFixtures.judgeAll(assessments, next, "partly-met");
            assessments.signOff(next, assessments.assessment(next).version());
        });
        var second = as(mine.coordinator(), () -> assessments.assessment(next));
        var kf1 = second.factor("kf1").orElseThrow();
        assertThat(second.baseline()).isEqualTo(baseline);
        assertThat(kf1.baselineScore()).isZero();
        assertThat(kf1.change()).isEqualTo(50);
        assertThat(kf1.earlierActions()).singleElement().satisfies(earlier -> {
            assertThat(earlier.status()).isEqualTo(ActionStatus.IN_PROGRESS);
            assertThat(earlier.progress()).isEqualTo(40);
        });

        var progress =
                as(mine.partner(), () -> assessments.progress(mine.city().city().id(), BENCHMARK));
        assertThat(progress.assessments()).extracting(a -> a.index()).containsExactly(82, 91);
        assertThat(progress.rows().get(0).judgements()).containsExactly("not-met", "partly-met");
    }

    @Test
    void aPlanOfAnotherCityIsNoPlanToAddTo() {
        var baseline = start(mine, "Baseline");
        as(mine.coordinator(), () -> {
            SelfAssessmentFixtures.judgeAll(assessments, baseline, "not-met");
            assessments.signOff(baseline, assessments.assessment(baseline).version());
        });
        var quickWin = as(
                mine.coordinator(),
                () -> assessments.addDevelopmentAction(
                        baseline,
                        new DevelopmentContent("kf2", "Write the strategy", Horizon.LONGER_TERM, null, null)));
        assertThatThrownBy(() -> as(
                        mine.coordinator(),
                        () -> assessments.addToPlan(baseline, quickWin, theirs.plan(), theirs.commitment())))
                .isInstanceOf(org.equicity.shared.NotFoundException.class);
        assertThatThrownBy(() -> as(
                        theirs.coordinator(),
                        () -> assessments.addToPlan(baseline, quickWin, theirs.plan(), theirs.commitment())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
