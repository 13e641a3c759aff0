package org.equicity.report;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.equicity.shared.RuleViolationException;

/** The rules every text a city types into a report follows: trimmed, blank meaning absent, and of bounded length. */
final class Texts {

    private Texts() {}

    static String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException("report.rule.too-long", field, max);
        }
        return stripped;
    }

    static String required(String text, int max, String field) {
        var value = optional(text, max, field);
        if (value == null) {
            throw new RuleViolationException("report.rule.required", field);
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
}
