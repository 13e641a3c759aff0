package org.equicity.plan.exchange.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Plans.Choices;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.exchange.ActionColumn;
import org.springframework.context.MessageSource;

/**
 * What each column of the action spreadsheet means and which values it takes in this plan (the items of its
 * frameworks, its commitments, the city's departments), in the reader's language: shown on the import page and
 * written into the template's second sheet.
 */
record ColumnGuide(String header, boolean required, String explanation, List<String> allowed) {

    static List<ColumnGuide> of(PlanView plan, Locale locale, MessageSource messages) {
        var catalogue = plan.catalogue();
        var guides = new ArrayList<ColumnGuide>();
        for (var column : ActionColumn.values()) {
            List<String> allowed = switch (column) {
                case COMMITMENT ->
                    plan.commitments().stream()
                            .map(c -> c.content().frameworkCode() == null
                                    ? c.title(catalogue.commitments(), locale)
                                    : c.content().frameworkCode() + " — " + c.title(catalogue.commitments(), locale))
                            .toList();
                case TRACK -> items(catalogue.tracks(), locale);
                case ACTOR_GROUPS -> items(catalogue.actorGroups(), locale);
                case FIELDS_OF_ACTIVITY -> items(catalogue.fieldsOfActivity(), locale);
                case CITY_ROLES -> items(catalogue.cityRoles(), locale);
                case DEPARTMENTS ->
                    catalogue.departments().stream()
                            .map(department -> department.name())
                            .toList();
                case STATUS ->
                    List.of(ActionStatus.values()).stream()
                            .map(status -> status.name() + " — "
                                    + messages.getMessage("plan.status." + status.name(), null, locale))
                            .toList();
                case REGULAR_BUDGET ->
                    List.of(
                            messages.getMessage("plan.exchange.yes", null, locale),
                            messages.getMessage("plan.exchange.no", null, locale));
                default -> List.of();
            };
            guides.add(new ColumnGuide(
                    column.header(),
                    column.isRequired(),
                    messages.getMessage("plan.exchange.column." + column.header(), null, locale),
                    allowed));
        }
        return guides;
    }

    private static List<String> items(Choices choices, Locale locale) {
        return choices.items().stream()
                .map(item -> item.code() + " — " + item.label().in(locale))
                .toList();
    }
}
