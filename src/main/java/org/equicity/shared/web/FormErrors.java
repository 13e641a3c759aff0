package org.equicity.shared.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/**
 * The errors of one form in the reader's language: by field, so that each is shown next to its field and tied to it
 * with {@code aria-describedby}, and in order, for the summary at the top. Each module names the message it shows
 * for an unreadable value and the rules whose first argument is the field they concern.
 */
public class FormErrors {

    public record Entry(String field, String message) {}

    private final String unreadableKey;
    private final Set<String> fieldRules;

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private final MessageSource messages;
    private final Locale locale;

    public FormErrors(MessageSource messages, Locale locale, String unreadableKey, Set<String> fieldRules) {
        this.messages = messages;
        this.locale = locale;
        this.unreadableKey = unreadableKey;
        var rules = new HashSet<>(fieldRules);
        // the one rule every module's texts share (TextRules) is always about the field it names
        rules.add(TextRules.CHARACTERS);
        this.fieldRules = Set.copyOf(rules);
    }

    /** Values the form could not even read (a year that is not a number, a date that is not a date). */
    public FormErrors add(BindingResult binding) {
        binding.getFieldErrors()
                .forEach(error -> add(error.getField(), messages.getMessage(unreadableKey, null, locale)));
        return this;
    }

    public FormErrors add(RuleViolationException violation, Map<String, String> fieldNames) {
        var text = messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale);
        var arguments = violation.arguments();
        String field = null;
        if (fieldRules.contains(violation.messageKey())
                && arguments.length > 0
                && arguments[0] instanceof String name) {
            field = fieldNames.getOrDefault(name, name);
        }
        add(field, text);
        return this;
    }

    /** A rule whose field the form worked out itself. */
    public FormErrors add(RuleViolationException violation, String field) {
        add(field, messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale));
        return this;
    }

    private void add(String field, String message) {
        all.add(new Entry(field, message));
        if (field != null) {
            byField.putIfAbsent(field, message);
        }
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    public List<Entry> getAll() {
        return all;
    }

    /** The ids an input is described by: its help text, and its error when it has one. */
    public String describedBy(String field, String help) {
        var ids = Stream.of(help, has(field) ? field + "-error" : null)
                .filter(id -> id != null && !id.isEmpty())
                .collect(Collectors.joining(" "));
        return ids.isEmpty() ? null : ids;
    }

    /** For {@code aria-invalid}: present only on a field with an error. */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }
}
