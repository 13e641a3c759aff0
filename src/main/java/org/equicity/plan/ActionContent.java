package org.equicity.plan;

import java.time.LocalDate;
import java.util.List;
import org.equicity.plan.support.Texts;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;

/**
 * An action under a commitment. Track, actor groups, fields of activity and city roles are item codes of the
 * plan's frameworks; tags are item references ({@code id@version:code}) in other frameworks. Progress is a
 * percentage, absent when nobody has said yet (which is not 0%).
 */
public record ActionContent(
        String title,
        String description,
        String track,
        List<String> actorGroups,
        List<String> fieldsOfActivity,
        List<String> cityRoles,
        String targetGroups,
        List<DepartmentId> responsibleDepartments,
        String contactPerson,
        LocalDate start,
        LocalDate end,
        Budget budget,
        ActionStatus status,
        Integer progress,
        List<NeedId> needs,
        List<String> tags,
        String language) {

    public ActionContent {
        language = Texts.language(language);
        title = Texts.required(title, 300, "title");
        description = Texts.optional(description, 10_000, "description");
        track = Texts.optional(track, 100, "track");
        actorGroups = Texts.lines(actorGroups, 100, "actorGroups");
        fieldsOfActivity = Texts.lines(fieldsOfActivity, 100, "fieldsOfActivity");
        cityRoles = Texts.lines(cityRoles, 100, "cityRoles");
        targetGroups = Texts.optional(targetGroups, 2_000, "targetGroups");
        responsibleDepartments = Texts.once(responsibleDepartments, "responsibleDepartments");
        contactPerson = Texts.optional(contactPerson, 300, "contactPerson");
        if (start != null && end != null && end.isBefore(start)) {
            throw new RuleViolationException("plan.rule.dates");
        }
        budget = budget == null ? Budget.none() : budget;
        status = status == null ? ActionStatus.PLANNED : status;
        if (progress != null && (progress < 0 || progress > 100)) {
            throw new RuleViolationException("plan.rule.progress");
        }
        needs = Texts.once(needs, "needs");
        tags = Texts.lines(tags, 200, "tags");
    }

    /** The same action as a new plan starts it: the links to needs belong to the old plan's needs assessment. */
    ActionContent withoutNeeds() {
        return with(List.of(), language);
    }

    /** The same content, said to be written in another language. */
    public ActionContent writtenIn(String language) {
        return with(needs, language);
    }

    private ActionContent with(List<NeedId> needs, String language) {
        return new ActionContent(
                title,
                description,
                track,
                actorGroups,
                fieldsOfActivity,
                cityRoles,
                targetGroups,
                responsibleDepartments,
                contactPerson,
                start,
                end,
                budget,
                status,
                progress,
                needs,
                tags,
                language);
    }
}
