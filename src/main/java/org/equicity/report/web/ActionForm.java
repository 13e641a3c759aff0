package org.equicity.report.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.report.ReportedAction;
import org.equicity.report.ReportedActionId;

/**
 * One reported action as the coordinator edits it; lists are typed one entry per line; {@code version} is the
 * report's version the coordinator started from.
 */
record ActionForm(
        long version,
        String planAction,
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
        String evidenceLinks) {

    ActionForm {
        fieldsOfActivity = fieldsOfActivity == null ? List.of() : fieldsOfActivity;
    }

    static ActionForm of(long version, ReportedAction action) {
        if (action == null) {
            return new ActionForm(
                    version, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new ActionForm(
                version,
                action.planAction() == null ? null : action.planAction().value().toString(),
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
                String.join("\n", action.evidenceLinks()));
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    ActionForm over(long stored) {
        return new ActionForm(
                stored,
                planAction,
                title,
                objectives,
                methods,
                duration,
                impact,
                department,
                commitment,
                fieldsOfActivity,
                track,
                status,
                progress,
                evidenceLinks);
    }

    /** The hidden link to the plan's action; anything that is no id (a tampered form) links to nothing. */
    private ActionId planActionId() {
        try {
            return planAction == null || planAction.isBlank() ? null : new ActionId(UUID.fromString(planAction));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** @param id the action this form edits, null for a new one */
    ReportedAction action(ReportedActionId id) {
        return new ReportedAction(
                id,
                planActionId(),
                title,
                objectives,
                methods,
                duration,
                impact,
                department,
                commitment,
                fieldsOfActivity,
                track,
                status,
                progress,
                evidenceLinks == null ? List.of() : Arrays.asList(evidenceLinks.split("\\R")));
    }
}
