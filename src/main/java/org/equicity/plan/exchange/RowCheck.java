package org.equicity.plan.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionContent;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.Budget;
import org.equicity.plan.Plans.Catalogue;
import org.equicity.plan.Plans.Choices;
import org.equicity.plan.Plans.CommitmentView;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.exchange.ActionSheetReader.RawRow;
import org.equicity.plan.exchange.PlanExchange.RowProblem;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextCharacters;
import org.equicity.shared.TextRules;
import org.springframework.context.MessageSource;

/** Reads one row into an action's content, collecting a problem for each cell that does not fit the plan. */
final class RowCheck {

    /** The fields of {@link ActionContent} as its rules name them, and the column they come from. */
    private static final Map<String, ActionColumn> COLUMNS = Map.of(
            "title", ActionColumn.TITLE,
            "description", ActionColumn.DESCRIPTION,
            "track", ActionColumn.TRACK,
            "targetGroups", ActionColumn.TARGET_GROUPS,
            "contactPerson", ActionColumn.CONTACT_PERSON,
            "currency", ActionColumn.BUDGET_CURRENCY,
            "fundingSource", ActionColumn.FUNDING_SOURCE);

    private final RawRow raw;
    private final PlanView view;
    private final Catalogue catalogue;
    private final Locale locale;
    private final MessageSource messages;
    private final List<RowProblem> problems = new ArrayList<>();

    RowCheck(RawRow raw, PlanView view, Locale locale, MessageSource messages) {
        this.raw = raw;
        this.view = view;
        this.catalogue = view.catalogue();
        this.locale = locale;
        this.messages = messages;
        // the preview is worked out when it is read, so the request-bound refusal of TextRules does not apply
        raw.cells().forEach((column, text) -> {
            if (text != null && TextCharacters.firstRefused(text) >= 0) {
                problem(column, TextRules.CHARACTERS, column.header());
            }
        });
    }

    List<RowProblem> problems() {
        return problems;
    }

    void problem(ActionColumn column, String key, Object... args) {
        problems.add(new RowProblem(raw.number(), column, key, List.of(args)));
    }

    String ref() {
        if (raw.get(ActionColumn.MACHINE_TRANSLATED_FROM) != null) {
            problem(ActionColumn.MACHINE_TRANSLATED_FROM, "plan.exchange.row.machine-translated");
        }
        var ref = raw.get(ActionColumn.REF);
        if (ref == null) {
            problem(ActionColumn.REF, "plan.exchange.row.required");
        } else if (ref.length() > 60) {
            problem(ActionColumn.REF, "plan.exchange.row.too-long", 60);
            return null;
        }
        return ref;
    }

    CommitmentView commitment() {
        var text = raw.get(ActionColumn.COMMITMENT);
        if (text == null) {
            problem(ActionColumn.COMMITMENT, "plan.exchange.row.required");
            return null;
        }
        var found = view.commitments().stream()
                .filter(c -> text.equalsIgnoreCase(c.content().ownTitle())
                        || text.equalsIgnoreCase(c.content().frameworkCode())
                        || (c.content().frameworkCode() != null
                                && matches(catalogue.commitments(), c.content().frameworkCode(), text)))
                .findFirst();
        if (found.isEmpty()) {
            problem(ActionColumn.COMMITMENT, "plan.exchange.row.unknown-commitment", text);
        }
        return found.orElse(null);
    }

    ActionContent content(ActionView existing) {
        var track = codes(ActionColumn.TRACK, catalogue.tracks());
        if (track.size() > 1) {
            problem(ActionColumn.TRACK, "plan.exchange.row.one-value");
        }
        var actorGroups = codes(ActionColumn.ACTOR_GROUPS, catalogue.actorGroups());
        var fields = codes(ActionColumn.FIELDS_OF_ACTIVITY, catalogue.fieldsOfActivity());
        var roles = codes(ActionColumn.CITY_ROLES, catalogue.cityRoles());
        var departments = departments();
        var start = date(ActionColumn.START);
        var end = date(ActionColumn.END);
        var amount = amount();
        var regular = yesNo(ActionColumn.REGULAR_BUDGET);
        var status = status();
        var progress = progress();
        if (!problems.isEmpty()) {
            return null;
        }
        var kept = existing == null ? null : existing.content();
        try {
            return new ActionContent(
                    raw.get(ActionColumn.TITLE),
                    raw.get(ActionColumn.DESCRIPTION),
                    track.isEmpty() ? null : track.get(0),
                    actorGroups,
                    fields,
                    roles,
                    raw.get(ActionColumn.TARGET_GROUPS),
                    departments,
                    raw.get(ActionColumn.CONTACT_PERSON),
                    start,
                    end,
                    new Budget(
                            amount,
                            raw.get(ActionColumn.BUDGET_CURRENCY),
                            raw.get(ActionColumn.FUNDING_SOURCE),
                            regular),
                    status,
                    progress,
                    kept == null ? List.of() : kept.needs(),
                    kept == null ? List.of() : kept.tags(),
                    // a spreadsheet does not say the language: a new row is in the plan's
                    kept == null ? null : kept.language());
        } catch (RuleViolationException violation) {
            problems.add(new RowProblem(
                    raw.number(), column(violation), violation.messageKey(), List.of(violation.arguments())));
            return null;
        }
    }

    private ActionColumn column(RuleViolationException violation) {
        return switch (violation.messageKey()) {
            case "plan.rule.dates" -> ActionColumn.END;
            case "plan.rule.budget-amount" -> ActionColumn.BUDGET_AMOUNT;
            case "plan.rule.currency", "plan.rule.currency-missing" -> ActionColumn.BUDGET_CURRENCY;
            case "plan.rule.progress" -> ActionColumn.PROGRESS;
            default ->
                violation.arguments().length > 0
                        ? COLUMNS.get(String.valueOf(violation.arguments()[0]))
                        : null;
        };
    }

    private List<String> values(ActionColumn column) {
        var text = raw.get(column);
        if (text == null) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[;|\\r\\n]+"))
                .map(String::strip)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    private List<String> codes(ActionColumn column, Choices choices) {
        var codes = new ArrayList<String>();
        for (var value : values(column)) {
            var code = choices.items().stream()
                    .filter(item -> matches(choices, item.code(), value))
                    .map(Plans.Choice::code)
                    .findFirst();
            code.ifPresentOrElse(codes::add, () -> problem(column, "plan.exchange.row.unknown-value", value));
        }
        return codes;
    }

    private List<DepartmentId> departments() {
        var ids = new ArrayList<DepartmentId>();
        for (var value : values(ActionColumn.DEPARTMENTS)) {
            catalogue.departments().stream()
                    .filter(d -> d.name().equalsIgnoreCase(value)
                            || d.id().value().toString().equalsIgnoreCase(value))
                    .findFirst()
                    .ifPresentOrElse(
                            d -> {
                                // a cell may name a department twice, by name and by id: it is one department
                                if (!ids.contains(d.id())) {
                                    ids.add(d.id());
                                }
                            },
                            () -> problem(ActionColumn.DEPARTMENTS, "plan.exchange.row.unknown-department", value));
        }
        return ids;
    }

    private LocalDate date(ActionColumn column) {
        var text = raw.get(column);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException notIso) {
            problem(column, "plan.exchange.row.date", text);
            return null;
        }
    }

    private BigDecimal amount() {
        var text = raw.get(ActionColumn.BUDGET_AMOUNT);
        if (text == null) {
            return null;
        }
        var plain = text.replaceAll("[\\s\u00a0'’]", "");
        if (plain.contains(",") && !plain.contains(".")) {
            plain = plain.replace(',', '.');
        } else {
            plain = plain.replace(",", "");
        }
        try {
            var amount = new BigDecimal(plain);
            return amount.scale() < 2 ? amount.setScale(2) : amount;
        } catch (NumberFormatException notANumber) {
            problem(ActionColumn.BUDGET_AMOUNT, "plan.exchange.row.number", text);
            return null;
        }
    }

    private boolean yesNo(ActionColumn column) {
        var text = raw.get(column);
        if (text == null) {
            return false;
        }
        var value = text.toLowerCase(locale);
        if (List.of("x", "yes", "true", "1", "ja", "oui", "sí", "si").contains(value)
                || value.equals(text(locale, "plan.exchange.yes").toLowerCase(locale))) {
            return true;
        }
        if (List.of("no", "false", "0", "nein", "non").contains(value)
                || value.equals(text(locale, "plan.exchange.no").toLowerCase(locale))) {
            return false;
        }
        problem(column, "plan.exchange.row.yes-no", text);
        return false;
    }

    private ActionStatus status() {
        var text = raw.get(ActionColumn.STATUS);
        if (text == null) {
            return ActionStatus.PLANNED;
        }
        for (var status : ActionStatus.values()) {
            var code = status.name();
            if (code.equalsIgnoreCase(text.replace(' ', '_').replace('-', '_'))
                    || text.equalsIgnoreCase(text(locale, "plan.status." + code))) {
                return status;
            }
        }
        problem(ActionColumn.STATUS, "plan.exchange.row.unknown-value", text);
        return null;
    }

    private Integer progress() {
        var text = raw.get(ActionColumn.PROGRESS);
        if (text == null) {
            return null;
        }
        try {
            var value = new BigDecimal(text.replace("%", "").strip());
            // a spreadsheet's percentage cell holds a fraction (0.4 for 40 %)
            if (value.compareTo(BigDecimal.ONE) <= 0 && text.contains(".") && !text.contains("%")) {
                value = value.movePointRight(2);
            }
            var progress = value.intValueExact();
            if (progress < 0 || progress > 100) {
                problem(ActionColumn.PROGRESS, "plan.exchange.row.progress", text);
                return null;
            }
            return progress;
        } catch (NumberFormatException | ArithmeticException notAPercentage) {
            problem(ActionColumn.PROGRESS, "plan.exchange.row.progress", text);
            return null;
        }
    }

    private static boolean matches(Choices choices, String code, String text) {
        if (code.equalsIgnoreCase(text)) {
            return true;
        }
        return choices.find(code)
                .map(item -> item.label().values().values().stream().anyMatch(text::equalsIgnoreCase))
                .orElse(false);
    }

    private String text(Locale locale, String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
