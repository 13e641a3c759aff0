package org.equicity.people.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts a broken rule next to the field it concerns, in the reader's language. */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    Map<String, String> of(RuleViolationException ex, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        var arguments = ex.arguments();
        var field = TextRules.CHARACTERS.equals(ex.messageKey()) && arguments[0] instanceof String named
                ? named
                : field(ex.messageKey());
        errors.put(field, text(ex, locale));
        return errors;
    }

    String text(RuleViolationException ex, Locale locale) {
        return messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale);
    }

    private static String field(String key) {
        if (key.equals("people.password.current-wrong")) {
            return "currentPassword";
        }
        if (key.startsWith("people.password.")) {
            return "password";
        }
        if (key.startsWith("people.name.")) {
            return "displayName";
        }
        if (key.startsWith("people.email.")) {
            return "email";
        }
        if (key.startsWith("people.language.")) {
            return "language";
        }
        if (key.startsWith("people.token.expiry")) {
            return "expiresOn";
        }
        if (key.startsWith("people.token.")) {
            return "name";
        }
        return "form";
    }
}
