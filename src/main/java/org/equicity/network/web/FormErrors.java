package org.equicity.network.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/**
 * Puts a broken rule next to the field it is about. Rule keys are named {@code <module>.error.<field>.<what>}, so the
 * field is read from the key; a rule about no field of the form is shown in the error summary only.
 */
final class FormErrors {

    private FormErrors() {}

    static void attach(BindingResult result, RuleViolationException violation) {
        var parts = violation.messageKey().split("\\.");
        var target = result.getTarget();
        if (TextRules.CHARACTERS.equals(violation.messageKey())
                && target != null
                && violation.arguments()[0] instanceof String field
                && BeanUtils.getPropertyDescriptor(target.getClass(), field) != null) {
            result.rejectValue(field, violation.messageKey(), violation.arguments(), violation.messageKey());
            return;
        }
        if (parts.length >= 4
                && parts[1].equals("error")
                && target != null
                && BeanUtils.getPropertyDescriptor(target.getClass(), parts[2]) != null) {
            result.rejectValue(parts[2], violation.messageKey(), violation.arguments(), violation.messageKey());
        } else {
            result.reject(violation.messageKey(), violation.arguments(), violation.messageKey());
        }
    }

    /** Reads a date typed into a form; records an error on the field (and answers null) when it is no date. */
    static LocalDate date(BindingResult result, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException malformed) {
            result.rejectValue(field, "network.error." + field + ".invalid");
            return null;
        }
    }

    /** Reads a whole number typed into a form; records an error on the field (and answers 0) when it is none. */
    static int number(BindingResult result, String field, String text, String messageKey, Object... arguments) {
        try {
            return Integer.parseInt(text == null ? "" : text.strip());
        } catch (NumberFormatException malformed) {
            result.rejectValue(field, messageKey, arguments, messageKey);
            return 0;
        }
    }
}
