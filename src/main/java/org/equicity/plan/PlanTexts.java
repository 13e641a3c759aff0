package org.equicity.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.plan.Plans.ActionContent;
import org.equicity.plan.Plans.CommitmentContent;
import org.equicity.plan.Plans.PlanDetails;
import org.equicity.translation.FieldRef;

/**
 * The free-text fields of plans, commitments and actions under the names their translations are stored by
 * ({@link FieldRef}). These names are stored with every translation: renaming one orphans its translations.
 */
public final class PlanTexts {

    public static final String PLAN = "plan";
    public static final String COMMITMENT = "commitment";
    public static final String ACTION = "action";

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

    private static String lines(List<String> lines) {
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
