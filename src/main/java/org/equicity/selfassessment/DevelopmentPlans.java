package org.equicity.selfassessment;

import java.util.List;
import org.equicity.framework.ItemRef;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessments.DevelopmentContent;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The development plan of a signed-off self-assessment: the key factors not (fully) met are its objectives, each
 * with priority actions that the coordinator may turn into actions of the city's plan, tagged with the key factor.
 * The plan module checks that the coordinator may write the chosen plan and that the commitment is the plan's.
 */
@Component
class DevelopmentPlans {

    private final DevelopmentActionRepository actions;
    private final SelfAssessmentViews views;
    private final AssessmentAccess access;
    private final Plans plans;

    DevelopmentPlans(
            DevelopmentActionRepository actions, SelfAssessmentViews views, AssessmentAccess access, Plans plans) {
        this.actions = actions;
        this.views = views;
        this.access = access;
        this.plans = plans;
    }

    DevelopmentActionId add(SelfAssessment assessment, DevelopmentContent content) {
        access.requireCoordinate(assessment.city());
        assessment.requireSignedOff();
        requireObjective(assessment, content.factor());
        return actions.save(new DevelopmentAction(assessment.id(), content)).id();
    }

    void update(SelfAssessment assessment, DevelopmentActionId id, long version, DevelopmentContent content) {
        access.requireCoordinate(assessment.city());
        var action = load(assessment, id);
        requireObjective(assessment, content.factor());
        if (action.version() != version) {
            throw new ObjectOptimisticLockingFailureException(DevelopmentAction.class, id.value());
        }
        action.revise(content);
        actions.flush();
    }

    ActionId addToPlan(SelfAssessment assessment, DevelopmentActionId id, PlanId plan, CommitmentId commitment) {
        access.requireCoordinate(assessment.city());
        var action = load(assessment, id);
        action.requireNotInPlan();
        var tracked = plans.tracked(plan);
        if (!tracked.city().equals(assessment.city())) {
            throw new NotFoundException("Plan", plan);
        }
        var content = action.content();
        var tag = new ItemRef(assessment.framework(), content.factor()).toString();
        var added = plans.addAction(plan, commitment, planAction(content, tag));
        action.addedTo(plan, added);
        return added;
    }

    /** What the plan's action starts with: the title, the owner as contact, the date as its end, the key factor. */
    private static ActionContent planAction(DevelopmentContent content, String tag) {
        return new ActionContent(
                content.title(),
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                content.owner(),
                null,
                content.due(),
                null,
                ActionStatus.PLANNED,
                null,
                List.of(),
                List.of(tag),
                null);
    }

    private DevelopmentAction load(SelfAssessment assessment, DevelopmentActionId id) {
        return actions.findById(id.value())
                .filter(action -> action.assessment().equals(assessment.id()))
                .orElseThrow(() -> new NotFoundException("Development action", id));
    }

    /** A priority action serves an objective: a key factor the assessment judged not (fully) met. */
    private void requireObjective(SelfAssessment assessment, String factor) {
        var view = views.view(assessment, false, false);
        if (view.factor(factor).filter(SelfAssessments.FactorView::notFullyMet).isEmpty()) {
            throw RuleViolationException.about("factor", "selfassessment.rule.objective", factor);
        }
    }
}
