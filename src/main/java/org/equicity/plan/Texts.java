package org.equicity.plan;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.Languages;

/** The rules every text a city types into a plan follows: trimmed, blank meaning absent, and of bounded length. */
final class Texts {

    private Texts() {}

    static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException("plan.rule.too-long", field, max);
        }
        return stripped;
    }

    static String required(String text, int max, String field) {
        var value = optional(text, max, field);
        if (value == null) {
            throw new RuleViolationException("plan.rule.required", field);
        }
        return value;
    }

    /** Keeps the order the writer chose, drops blank entries and repeats. */
    static List<String> lines(Collection<String> lines, int max, String field) {
        if (lines == null) {
            return List.of();
        }
        var kept = new LinkedHashSet<String>();
        for (var line : lines) {
            var value = optional(line, max, field);
            if (value != null) {
                kept.add(value);
            }
        }
        return List.copyOf(kept);
    }

    /** A text's language as stored: an ISO 639-1 code in lower case, or null for "the city's language". */
    static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        var code = language.strip().toLowerCase(Locale.ROOT);
        if (!Languages.isCode(code)) {
            throw new RuleViolationException("plan.rule.language", language);
        }
        return code;
    }

    static <T> List<T> distinct(Collection<T> values) {
        return values == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        values.stream().filter(Objects::nonNull).toList()));
    }
}
