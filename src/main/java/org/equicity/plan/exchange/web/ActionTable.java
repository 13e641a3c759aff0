package org.equicity.plan.exchange.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans.Choices;
import org.equicity.plan.exchange.ActionColumn;
import org.equicity.plan.exchange.PlanExchange.PlanExport;
import org.equicity.translation.PageTexts;
import org.equicity.translation.ShownText;
import org.springframework.context.MessageSource;

/**
 * A plan's actions as spreadsheet rows, one per action, in the columns an import reads back: items of the plan's
 * frameworks by their label in the reader's language (an import recognises labels in every language and codes),
 * dates as dates, amounts and progress as numbers.
 */
final class ActionTable {

    private ActionTable() {}

    /**
     * The rows of the plan's actions with their texts as {@code texts} shows them to the reader: translated ones say
     * in {@link ActionColumn#MACHINE_TRANSLATED_FROM} which language a machine translated them from.
     */
    static List<Map<ActionColumn, Object>> rows(
            PlanExport export, PageTexts texts, Locale locale, MessageSource messages) {
        var plan = export.plan();
        var catalogue = plan.catalogue();
        var rows = new ArrayList<Map<ActionColumn, Object>>();
        for (var commitment : plan.commitments()) {
            for (var action : commitment.actions()) {
                var content = action.content();
                var budget = content.budget();
                var row = new EnumMap<ActionColumn, Object>(ActionColumn.class);
                row.put(ActionColumn.REF, export.ref(action.id()));
                var ownTitle = texts.get(PlanTexts.ownTitle(commitment.id()));
                row.put(
                        ActionColumn.COMMITMENT,
                        ownTitle.isEmpty() ? commitment.title(catalogue.commitments(), locale) : ownTitle.text());
                var title = texts.get(PlanTexts.title(action.id()));
                var description = texts.get(PlanTexts.description(action.id()));
                var targetGroups = texts.get(PlanTexts.targetGroups(action.id()));
                row.put(ActionColumn.TITLE, title.text());
                row.put(ActionColumn.DESCRIPTION, description.text());
                row.put(
                        ActionColumn.TRACK,
                        content.track() == null ? null : catalogue.tracks().label(content.track(), locale));
                row.put(ActionColumn.ACTOR_GROUPS, labels(catalogue.actorGroups(), content.actorGroups(), locale));
                row.put(
                        ActionColumn.FIELDS_OF_ACTIVITY,
                        labels(catalogue.fieldsOfActivity(), content.fieldsOfActivity(), locale));
                row.put(ActionColumn.CITY_ROLES, labels(catalogue.cityRoles(), content.cityRoles(), locale));
                row.put(ActionColumn.TARGET_GROUPS, targetGroups.text());
                row.put(
                        ActionColumn.DEPARTMENTS,
                        join(content.responsibleDepartments().stream()
                                .map(catalogue::departmentName)
                                .toList()));
                // a contact is a person: published with the plan's text only to the city's own people
                row.put(ActionColumn.CONTACT_PERSON, export.internal() ? content.contactPerson() : null);
                row.put(ActionColumn.START, content.start());
                row.put(ActionColumn.END, content.end());
                row.put(ActionColumn.BUDGET_AMOUNT, budget.amount());
                row.put(ActionColumn.BUDGET_CURRENCY, budget.currency());
                row.put(ActionColumn.FUNDING_SOURCE, budget.fundingSource());
                row.put(
                        ActionColumn.REGULAR_BUDGET,
                        budget.withinRegularBudget() ? messages.getMessage("plan.exchange.yes", null, locale) : null);
                row.put(
                        ActionColumn.STATUS,
                        messages.getMessage("plan.status." + content.status().name(), null, locale));
                row.put(ActionColumn.PROGRESS, content.progress());
                Stream.of(ownTitle, title, description, targetGroups)
                        .filter(ShownText::isMachineTranslated)
                        .findFirst()
                        .ifPresent(translated ->
                                row.put(ActionColumn.MACHINE_TRANSLATED_FROM, translated.originalLanguageName()));
                rows.add(row);
            }
        }
        return rows;
    }

    static String text(Object value) {
        return value == null
                ? ""
                : value instanceof java.math.BigDecimal amount ? amount.toPlainString() : value.toString();
    }

    private static String labels(Choices choices, List<String> codes, Locale locale) {
        return join(codes.stream().map(code -> choices.label(code, locale)).toList());
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join(ActionColumn.SEPARATOR, values);
    }
}
