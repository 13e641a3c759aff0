package org.equicity.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.equicity.people.Access;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.plan.Plans.Subject;
import org.equicity.plan.Plans.TrackedAction;
import org.equicity.plan.Plans.TrackedPlan;
import org.equicity.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The core's side of tracking: what the tracking module reads of a plan's actions, and the two changes it makes to
 * them (an action following its latest progress update, its update cadence), recorded in the plan's history.
 */
@Service
@Transactional
class TrackedActions {

    private final PlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanLanguages languages;
    private final PlanHistory history;
    private final Access access;

    TrackedActions(
            PlanRepository plans,
            PlanActionRepository actions,
            PlanLanguages languages,
            PlanHistory history,
            Access access) {
        this.plans = plans;
        this.actions = actions;
        this.languages = languages;
        this.history = history;
        this.access = access;
    }

    @Transactional(readOnly = true)
    TrackedPlan tracked(PlanId id) {
        var plan = plan(id);
        return tracked(plan, actions.findByPlanIdOrderByPosition(id.value()));
    }

    @Transactional(readOnly = true)
    TrackedPlan tracked(PlanId id, ActionId action) {
        return tracked(plan(id), List.of(action(id, action)));
    }

    void followProgress(PlanId planId, ActionId actionId, ActionStatus status, int progress) {
        var plan = plan(planId);
        var action = action(planId, actionId);
        var before = action.content();
        boolean reporter = access.canManageCity(plan.city())
                || before.responsibleDepartments().stream()
                        .anyMatch(department -> access.isDepartmentContact(plan.city(), department));
        if (!reporter) {
            throw new AccessDeniedException("Progress is reported by the action's departments and the coordinators");
        }
        action.follow(status, progress);
        var fields = new ArrayList<FieldChange>();
        if (before.status() != status) {
            fields.add(new FieldChange("status", before.status().name(), status.name()));
        }
        if (!Objects.equals(before.progress(), progress)) {
            fields.add(new FieldChange(
                    "progress",
                    before.progress() == null ? null : before.progress().toString(),
                    String.valueOf(progress)));
        }
        history.record(planId, Subject.ACTION, actionId.value(), action.title(), ChangeKind.UPDATED, fields);
    }

    void changeCadence(PlanId planId, ActionId actionId, int months) {
        var plan = plan(planId);
        access.requireCityManagement(plan.city());
        plan.requireOpenForWork();
        var action = action(planId, actionId);
        int before = action.updateCadenceMonths();
        action.changeCadence(months);
        history.record(
                planId,
                Subject.ACTION,
                actionId.value(),
                action.title(),
                ChangeKind.UPDATED,
                before == months
                        ? List.of()
                        : List.of(new FieldChange("updateCadence", String.valueOf(before), String.valueOf(months))));
    }

    private TrackedPlan tracked(Plan plan, List<PlanAction> of) {
        return new TrackedPlan(
                plan.id(),
                plan.city(),
                plan.title(),
                plan.state(),
                languages.of(plan, null),
                plan.decision(),
                plan.details().startYear(),
                of.stream()
                        .map(action -> new TrackedAction(action.id(), action.content(), action.updateCadenceMonths()))
                        .toList());
    }

    private Plan plan(PlanId id) {
        return plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id));
    }

    private PlanAction action(PlanId plan, ActionId id) {
        return actions.findById(id.value())
                .filter(found -> found.plan().equals(plan))
                .orElseThrow(() -> new NotFoundException("Action", id));
    }
}
