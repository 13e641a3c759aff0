package org.equicity.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.selfassessment.SelfAssessments.DevelopmentContent;
import org.equicity.selfassessment.SelfAssessments.Horizon;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** A priority action of a development plan; once it is an action of the city's plan, that action is followed. */
@Entity
@Table(name = "self_assessment_development")
class DevelopmentAction {

    @Id
    private UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

    @Column(nullable = false)
    private String factor;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Horizon horizon;

    private @Nullable String owner;

    private @Nullable LocalDate due;

    @Column(name = "plan_id")
    private @Nullable UUID planId;

    @Column(name = "plan_action_id")
    private @Nullable UUID planActionId;

    @Version
    private long version;

    protected DevelopmentAction() {}

    DevelopmentAction(SelfAssessmentId assessment, DevelopmentContent content) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessment.value();
        this.factor = content.factor();
        this.title = content.title();
        this.horizon = content.horizon();
        this.owner = content.owner();
        this.due = content.due();
    }

    void revise(DevelopmentContent content) {
        factor = content.factor();
        title = content.title();
        horizon = content.horizon();
        owner = content.owner();
        due = content.due();
    }

    DevelopmentActionId id() {
        return new DevelopmentActionId(id);
    }

    SelfAssessmentId assessment() {
        return new SelfAssessmentId(assessmentId);
    }

    long version() {
        return version;
    }

    DevelopmentContent content() {
        return new DevelopmentContent(factor, title, horizon, owner, due);
    }

    @Nullable
    PlanId plan() {
        return planId == null ? null : new PlanId(planId);
    }

    @Nullable
    ActionId planAction() {
        return planActionId == null ? null : new ActionId(planActionId);
    }

    void requireNotInPlan() {
        if (planActionId != null) {
            throw new RuleViolationException("selfassessment.rule.in-plan");
        }
    }

    void addedTo(PlanId plan, ActionId action) {
        requireNotInPlan();
        planId = plan.value();
        planActionId = action.value();
    }
}
