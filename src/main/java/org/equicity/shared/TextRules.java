package org.equicity.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The rules every text a person types follows: trimmed, blank meaning absent, and of bounded length. Each module
 * keeps one instance, so that its messages ({@code <module>.rule.required}, {@code <module>.rule.too-long}, with the
 * field and the limit as arguments) speak its own words.
 */
public final class TextRules {

    private final String requiredKey;
    private final String tooLongKey;

    /** @param module the prefix of the module's message keys, such as {@code report} */
    public TextRules(String module) {
        this(module + ".rule.required", module + ".rule.too-long");
    }

    /**
     * For a module whose keys were named before this class: API clients see the key as a problem's {@code code}, so
     * it stays.
     */
    public TextRules(String requiredKey, String tooLongKey) {
        this.requiredKey = requiredKey;
        this.tooLongKey = tooLongKey;
    }

    public String optional(String text, int max, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw new RuleViolationException(tooLongKey, field, max);
        }
        return stripped;
    }

    public String required(String text, int max, String field) {
        var value = optional(text, max, field);
        if (value == null) {
            throw new RuleViolationException(requiredKey, field);
        }
        return value;
    }

    /** Keeps the order the writer chose, drops blank entries and repeats. */
    public List<String> lines(Collection<String> lines, int max, String field) {
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
