package org.equicity.report;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;

/**
 * One reported action. Its {@code id} is kept while the action is edited and across versions; it is null for an
 * action not yet in the report, which gets one made by the server when the report is saved (a client never
 * chooses one). {@code planAction} links it to the action of a plan it was taken from (null for an
 * action in no plan); {@code commitment} and {@code fieldsOfActivity} are item codes of the cycle's commitments
 * framework and of the fields of activity.
 */
public record ReportedAction(
        ReportedActionId id,
        ActionId planAction,
        String title,
        String objectives,
        String methods,
        String duration,
        String impact,
        String department,
        String commitment,
        List<String> fieldsOfActivity,
        String track,
        ActionStatus status,
        Integer progress,
        List<String> evidenceLinks) {

    public ReportedAction {
        title = Texts.RULES.required(title, 300, "title");
        objectives = Texts.RULES.optional(objectives, 10_000, "objectives");
        methods = Texts.RULES.optional(methods, 10_000, "methods");
        duration = Texts.RULES.optional(duration, 200, "duration");
        impact = Texts.RULES.optional(impact, 10_000, "impact");
        department = Texts.RULES.optional(department, 500, "department");
        commitment = Texts.RULES.optional(commitment, 100, "commitment");
        fieldsOfActivity = Texts.RULES.lines(fieldsOfActivity, 100, "fieldsOfActivity");
        track = Texts.RULES.optional(track, 100, "track");
        if (progress != null && (progress < 0 || progress > 100)) {
            throw new RuleViolationException("report.rule.progress");
        }
        evidenceLinks = Texts.RULES.lines(evidenceLinks, 1_000, "evidenceLinks");
        evidenceLinks.forEach(ReportedAction::requireWebAddress);
    }

    /** The texts that are translated once submitted, under {@link Reports#TRANSLATION_OWNER} and the action's id. */
    public Map<FieldRef, String> translatableFields() {
        var fields = new LinkedHashMap<FieldRef, String>();
        fields.put(new FieldRef(Reports.TRANSLATION_OWNER, id.value(), "title"), title);
        fields.put(new FieldRef(Reports.TRANSLATION_OWNER, id.value(), "objectives"), objectives);
        fields.put(new FieldRef(Reports.TRANSLATION_OWNER, id.value(), "methods"), methods);
        fields.put(new FieldRef(Reports.TRANSLATION_OWNER, id.value(), "impact"), impact);
        return fields;
    }

    private static void requireWebAddress(String value) {
        try {
            var uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, like any other address that is not a web page
        }
        throw new RuleViolationException("report.rule.link", value);
    }
}
