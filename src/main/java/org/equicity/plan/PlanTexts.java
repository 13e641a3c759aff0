package org.equicity.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.plan.Plans.ActionContent;
import org.equicity.plan.Plans.CommitmentContent;
import org.equicity.plan.Plans.NeedContent;
import org.equicity.plan.Plans.PlanDetails;
import org.equicity.plan.Plans.PlanSummary;
import org.equicity.plan.Plans.PlanView;
import org.equicity.translation.FieldRef;

/**
 * The free-text fields of plans, commitments, actions and needs under the names their translations are stored by
 * ({@link FieldRef}). These names are stored with every translation: renaming one orphans its translations.
 */
public final class PlanTexts {

    public static final String PLAN = "plan";
    public static final String COMMITMENT = "commitment";
    public static final String ACTION = "action";
    public static final String NEED = "need";

    private PlanTexts() {}

    public static Map<FieldRef, String> of(PlanId plan, PlanDetails details) {
        return Map.of(new FieldRef(PLAN, plan.value(), "title"), details.title());
    }

    /** In reading order; fields left empty are included (with {@code null}), so a cleared field is reported too. */
    public static Map<FieldRef, String> of(CommitmentId commitment, CommitmentContent content) {
        var texts = new LinkedHashMap<FieldRef, String>();
        var id = commitment.value();
        texts.put(new FieldRef(COMMITMENT, id, "own_title"), content.ownTitle());
        texts.put(new FieldRef(COMMITMENT, id, "goal"), content.goal());
        texts.put(new FieldRef(COMMITMENT, id, "target_groups"), content.targetGroups());
        texts.put(new FieldRef(COMMITMENT, id, "specific_objectives"), lines(content.specificObjectives()));
        texts.put(new FieldRef(COMMITMENT, id, "expected_outcome"), content.expectedOutcome());
        texts.put(new FieldRef(COMMITMENT, id, "expected_impact"), content.expectedImpact());
        return texts;
    }

    /** In reading order, the title first; empty fields included as for commitments. */
    public static Map<FieldRef, String> of(ActionId action, ActionContent content) {
        var texts = new LinkedHashMap<FieldRef, String>();
        var id = action.value();
        texts.put(new FieldRef(ACTION, id, "title"), content.title());
        texts.put(new FieldRef(ACTION, id, "description"), content.description());
        texts.put(new FieldRef(ACTION, id, "target_groups"), content.targetGroups());
        return texts;
    }

    public static FieldRef title(PlanId plan) {
        return new FieldRef(PLAN, plan.value(), "title");
    }

    /** The titles of plans in a list. */
    public static Map<FieldRef, String> titles(List<PlanSummary> plans) {
        var texts = new LinkedHashMap<FieldRef, String>();
        plans.forEach(plan -> texts.put(title(plan.id()), plan.title()));
        return texts;
    }

    public static FieldRef ownTitle(CommitmentId commitment) {
        return new FieldRef(COMMITMENT, commitment.value(), "own_title");
    }

    public static FieldRef title(ActionId action) {
        return new FieldRef(ACTION, action.value(), "title");
    }

    public static FieldRef description(ActionId action) {
        return new FieldRef(ACTION, action.value(), "description");
    }

    public static FieldRef targetGroups(ActionId action) {
        return new FieldRef(ACTION, action.value(), "target_groups");
    }

    public static Map<FieldRef, String> of(NeedId need, NeedContent content) {
        var texts = new LinkedHashMap<FieldRef, String>();
        texts.put(new FieldRef(NEED, need.value(), "description"), content.description());
        texts.put(new FieldRef(NEED, need.value(), "participants"), content.participants());
        return texts;
    }

    /** Every text a page of the whole plan shows, the plan's, its commitments', actions' and needs'. */
    public static Map<FieldRef, String> of(PlanView plan) {
        var texts = new LinkedHashMap<FieldRef, String>(of(plan.id(), plan.details()));
        for (var commitment : plan.commitments()) {
            texts.putAll(of(commitment.id(), commitment.content()));
            for (var action : commitment.actions()) {
                texts.putAll(of(action.id(), action.content()));
            }
        }
        for (var need : plan.needs()) {
            texts.putAll(of(need.id(), need.content()));
        }
        return texts;
    }

    /** The titles a progress page names: the commitments' own titles and the actions' titles. */
    public static Map<FieldRef, String> progressTitles(PlanView plan) {
        var texts = new LinkedHashMap<FieldRef, String>();
        plan.commitments()
                .forEach(commitment -> texts.put(
                        ownTitle(commitment.id()), commitment.content().ownTitle()));
        plan.actions()
                .forEach(
                        action -> texts.put(title(action.id()), action.content().title()));
        return texts;
    }

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
