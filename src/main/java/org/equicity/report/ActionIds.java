package org.equicity.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.equicity.plan.ActionId;
import org.equicity.shared.RuleViolationException;

/**
 * Settles the ids in a report's content as a client sends it. An action without an id gets one made here; an id
 * must be one this report already holds, and appear once. Accepted actions, statistics, reviews and search
 * documents are keyed by these ids, so a client that could choose one could write over another city's accepted
 * action; this way every id in a report was made for that report. A link to a plan action must name an action of
 * the city's published plans (those already in the report were checked when they came in), and appear once; so
 * must a commitment's explanation.
 */
final class ActionIds {

    private ActionIds() {}

    /**
     * @param known the action ids of this report, in its draft and its submitted versions
     * @param linked the plan actions the report already links to
     * @param ownPlanActions the actions of the city's published plans, asked for only when a new link comes in
     */
    static ReportContent settle(
            ReportContent content,
            Set<ReportedActionId> known,
            Set<ActionId> linked,
            Supplier<Set<ActionId>> ownPlanActions) {
        var ids = new HashSet<ReportedActionId>();
        var links = new HashSet<ActionId>();
        Set<ActionId> published = null;
        var settled = new ArrayList<ReportedAction>();
        for (int i = 0; i < content.actions().size(); i++) {
            var action = content.actions().get(i);
            if (action.id() != null && !known.contains(action.id())) {
                throw new RuleViolationException("report.rule.action-id-unknown", field(i, "id"));
            }
            if (action.id() != null && !ids.add(action.id())) {
                throw new RuleViolationException("report.rule.id-twice", field(i, "id"));
            }
            var link = action.planAction();
            if (link != null && !links.add(link)) {
                throw new RuleViolationException("report.rule.id-twice", field(i, "planAction"));
            }
            if (link != null && !linked.contains(link)) {
                published = published == null ? ownPlanActions.get() : published;
                if (!published.contains(link)) {
                    throw new RuleViolationException("report.rule.plan-action-unknown", field(i, "planAction"));
                }
            }
            settled.add(action.id() != null ? action : withId(action, ReportedActionId.create()));
        }
        var explained = new HashSet<String>();
        for (int i = 0; i < content.explanations().size(); i++) {
            if (!explained.add(content.explanations().get(i).commitment())) {
                throw new RuleViolationException("report.rule.id-twice", "explanations[" + i + "].commitment");
            }
        }
        return new ReportContent(content.language(), content.level1(), settled, content.explanations());
    }

    private static String field(int index, String name) {
        return "actions[" + index + "]." + name;
    }

    private static ReportedAction withId(ReportedAction action, ReportedActionId id) {
        return new ReportedAction(
                id,
                action.planAction(),
                action.title(),
                action.objectives(),
                action.methods(),
                action.duration(),
                action.impact(),
                action.department(),
                action.commitment(),
                action.fieldsOfActivity(),
                action.track(),
                action.status(),
                action.progress(),
                action.evidenceLinks());
    }
}
