package org.equicity.shared.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The errors of one form in the reader's language: by field, so that each is shown next to its field and tied to it
 * with {@code aria-describedby}, and in order, for the summary at the top. A broken rule goes beside the field it
 * names ({@link RuleViolationException#field()}), and where its message names the field (its first argument), the
 * field's label {@code <module>.field.<name>} stands there instead of the field's name in code.
 */
public final class FormErrors {

    /** What a page shows for a value the form could not even read (a number that is no number). */
    static final String UNREADABLE = "form.invalid";

    /** What a page shows for a number that is no number in the reader's language. */
    static final String NUMBER = "form.number";

    public record Entry(String field, String message) {}

    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<Entry> all = new ArrayList<>();
    private final MessageSource messages;
    private final Locale locale;
    private final String module;
    private Map<String, String> formNames = Map.of();
    private String idSuffix = "";
    private BindingResult unmade;

    /** @param module the module whose form this is, for the labels of the fields rules shared by all modules name */
    FormErrors(MessageSource messages, Locale locale, String module) {
        this.messages = messages;
        this.locale = locale;
        this.module = module;
    }

    /**
     * Where the form names a field otherwise than the rules do (a plan's decision date is the form's {@code date}):
     * the rule's field name to the form's.
     */
    public FormErrors naming(Map<String, String> formNames) {
        this.formNames = Map.copyOf(formNames);
        return this;
    }

    /**
     * For one of several like forms on a page (one per department asked): its inputs' ids end in {@code suffix}, and so
     * do the ids of its errors and the summary's links to its fields.
     */
    public FormErrors ofRepeatedForm(String suffix) {
        this.idSuffix = suffix;
        return this;
    }

    /** The id of a field's input on the page, which the summary links to. */
    public String id(String field) {
        return field + idSuffix;
    }

    /** No errors, for the forms beside the one that was sent. */
    public FormErrors none() {
        return new FormErrors(messages, locale, module);
    }

    /** Values the form could not read, and the checks of the form's own constraints (Bean Validation). */
    public FormErrors add(BindingResult binding) {
        // a number the form did not send at all (a new object has no version yet) keeps its type's default
        var shown = binding.getFieldErrors().stream()
                .filter(error -> !error.isBindingFailure() || error.getRejectedValue() != null)
                .toList();
        if (binding.getTarget() == null && shown.stream().anyMatch(FieldError::isBindingFailure)) {
            unmade = binding;
        }
        shown.forEach(error -> add(
                error.getField(), error.isBindingFailure() ? unreadable(error) : messages.getMessage(error, locale)));
        binding.getGlobalErrors().forEach(error -> add((String) null, messages.getMessage(error, locale)));
        return this;
    }

    /** A number that is no number in the reader's language says how to write one; other values, to check them. */
    private String unreadable(FieldError error) {
        var codes = error.getCodes() == null ? new String[0] : error.getCodes();
        var number = Arrays.stream(codes)
                .anyMatch(code -> code.equals("typeMismatch.java.math.BigDecimal")
                        || code.equals("typeMismatch.java.lang.Integer")
                        || code.equals("typeMismatch.int"));
        return number ? numberText() : messages.getMessage(UNREADABLE, null, locale);
    }

    /**
     * A number a form keeps as text (to show again what was typed), read the reader's way ({@link LocalNumbers}); where
     * it is none, null, and the error beside {@code field}.
     */
    public @Nullable BigDecimal number(String field, @Nullable String typed) {
        try {
            return LocalNumbers.parse(typed, locale);
        } catch (NumberFormatException notANumber) {
            add(field, numberText());
            return null;
        }
    }

    /** As {@link #number(String, String)}, with the form's own message where the number cannot be read. */
    public @Nullable BigDecimal number(String field, @Nullable String typed, String messageKey, Object... arguments) {
        try {
            return LocalNumbers.parse(typed, locale);
        } catch (NumberFormatException notANumber) {
            add(field, messageKey, arguments);
            return null;
        }
    }

    /** The error beside a number that cannot be read, with an example written the reader's way. */
    private String numberText() {
        return messages.getMessage(
                NUMBER, new Object[] {LocalNumbers.format(new BigDecimal("12000.50"), locale)}, locale);
    }

    /**
     * Where a form record could not be made of what was sent (a number that is no number), the page shows a form made
     * of what could be read, and what was typed stands only in the binding result, which Spring drops when the page
     * puts its form into the model: this puts it back, so that each field shows what the person typed.
     */
    void keepTyped(Model model) {
        if (unmade != null) {
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + unmade.getObjectName(), unmade);
        }
    }

    /** A broken rule, beside the field it names, or in the summary only when it names none. */
    public FormErrors add(RuleViolationException violation) {
        var field = violation.field();
        return add(violation, field == null ? null : formNames.getOrDefault(field, field));
    }

    /** A broken rule beside a field the page worked out itself (a part of the form the rule does not know). */
    public FormErrors add(RuleViolationException violation, String field) {
        add(field, text(violation));
        return this;
    }

    /** A page's own check of what was typed, beside its field. */
    public FormErrors add(String field, String messageKey, Object... arguments) {
        add(field, messages.getMessage(messageKey, arguments, messageKey, locale));
        return this;
    }

    private String text(RuleViolationException violation) {
        return messages.getMessage(
                violation.messageKey(), arguments(messages, locale, module, violation), violation.messageKey(), locale);
    }

    /**
     * The rule's message arguments with the field's label in the reader's language where the message names the field:
     * the label of the rule's module, or for a rule every module shares, of {@code module} (the form's).
     */
    static Object[] arguments(MessageSource messages, Locale locale, String module, RuleViolationException violation) {
        var arguments = violation.arguments();
        var field = violation.field();
        if (field != null && arguments.length > 0 && field.equals(arguments[0])) {
            var key = violation.messageKey();
            var prefix = key.substring(0, Math.max(0, key.indexOf('.')));
            var owner = "text".equals(prefix) ? module : prefix;
            arguments[0] = messages.getMessage(owner + ".field." + field, null, field, locale);
        }
        return arguments;
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
        var ids = Stream.of(help, has(field) ? id(field) + "-error" : null)
                .filter(id -> id != null && !id.isEmpty())
                .collect(Collectors.joining(" "));
        return ids.isEmpty() ? null : ids;
    }

    /** For {@code aria-invalid}: present only on a field with an error. */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }
}
