package org.equicity.selfassessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.util.List;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * An installation adds an index-like framework of its own (a score from 0 to 100 per statement, weighted): cities
 * assess themselves against it with the same code as against the benchmark, and the index weighs the statements.
 */
@SpringBootTest(properties = "equicity.frameworks.directory=src/test/resources/assessment-frameworks")
class IndexFrameworkTests {

    static final FrameworkRef INDEX = FrameworkRef.parse("inclusion-index@2024");

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Test
    void aCityScoresItselfOnAnIndexWhoseStatementsAreWeighted() {
        assertThat(assessments.frameworks()).extracting(f -> f.ref().toString()).contains(INDEX.toString());
        var story = SelfAssessmentFixtures.story(context);
        as(story.coordinator(), () -> {
            var id = assessments.start(story.city().city().id(), INDEX, "Index 2026");
            var view = assessments.assessment(id);
            assertThat(view.factors())
                    .extracting(FactorView -> FactorView.code())
                    .containsExactly("governance", "services", "participation");
            assertThatThrownBy(() -> assessments.saveFactor(
                            id, "services", 0, new FactorContent(List.of(), "met", null, List.of())))
                    .isInstanceOf(RuleViolationException.class);
            score(id, "governance", "90");
            score(id, "services", "60");
            score(id, "participation", "30");
            assessments.addEvidence(id, "services", EvidenceContent.document("survey", "Residents' survey", null));
            assessments.signOff(id, assessments.assessment(id).version());

            var signed = assessments.assessment(id);
            assertThat(signed.summary().index()).isEqualTo(68); // (2 × 90 + 60 + 30) / 4 = 67.5
            assertThat(signed.objectives())
                    .extracting(f -> f.code())
                    .containsExactly("governance", "services", "participation");
        });
    }

    private void score(SelfAssessmentId id, String factor, String score) {
        var version = assessments.assessment(id).factor(factor).orElseThrow().version();
        assessments.saveFactor(id, factor, version, new FactorContent(List.of(), score, null, List.of()));
    }
}
