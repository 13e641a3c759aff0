package org.equicity.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Budget;
import org.equicity.plan.NeedId;
import org.equicity.plan.support.Lines;
import org.springframework.format.annotation.DateTimeFormat;

/** An action as typed into its form; {@code version} is the one the editor started from. */
record ActionForm(
        long version,
        String language,
        String title,
        String description,
        String track,
        List<String> actorGroups,
        List<String> fieldsOfActivity,
        List<String> cityRoles,
        String targetGroups,
        List<UUID> responsibleDepartments,
        String contactPerson,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end,
        BigDecimal budgetAmount,
        String budgetCurrency,
        String fundingSource,
        boolean withinRegularBudget,
        ActionStatus status,
        Integer progress,
        List<UUID> needs,
        List<String> tags)
        implements TextsForm {

    ActionForm {
        actorGroups = actorGroups == null ? List.of() : actorGroups;
        fieldsOfActivity = fieldsOfActivity == null ? List.of() : fieldsOfActivity;
        cityRoles = cityRoles == null ? List.of() : cityRoles;
        responsibleDepartments = responsibleDepartments == null ? List.of() : responsibleDepartments;
        needs = needs == null ? List.of() : needs;
        tags = tags == null ? List.of() : tags;
    }

    /** A new action, planned. */
    static ActionForm blank(String language) {
        return new ActionForm(
                0,
                language,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                ActionStatus.PLANNED,
                null,
                null,
                null);
    }

    static ActionForm of(ActionContent content, long version) {
        var budget = content.budget();
        return new ActionForm(
                version,
                content.language(),
                content.title(),
                content.description(),
                content.track(),
                content.actorGroups(),
                content.fieldsOfActivity(),
                content.cityRoles(),
                content.targetGroups(),
                Lines.ids(content.responsibleDepartments()),
                content.contactPerson(),
                content.start(),
                content.end(),
                budget.amount(),
                budget.currency(),
                budget.fundingSource(),
                budget.withinRegularBudget(),
                content.status(),
                content.progress(),
                content.needs().stream().map(NeedId::value).toList(),
                content.tags());
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    ActionForm over(long stored) {
        return new ActionForm(
                stored,
                language,
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
                budgetAmount,
                budgetCurrency,
                fundingSource,
                withinRegularBudget,
                status,
                progress,
                needs,
                tags);
    }

    ActionContent content() {
        return new ActionContent(
                title,
                description,
                track,
                actorGroups,
                fieldsOfActivity,
                cityRoles,
                targetGroups,
                Lines.departments(responsibleDepartments),
                contactPerson,
                start,
                end,
                new Budget(budgetAmount, budgetCurrency, fundingSource, withinRegularBudget),
                status,
                progress,
                needs.stream().map(NeedId::new).toList(),
                tags,
                language);
    }

    @Override
    public List<String> texts() {
        return PlanEditing.nonNull(title, description, targetGroups);
    }
}
