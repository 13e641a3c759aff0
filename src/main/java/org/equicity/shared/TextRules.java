package org.equicity.shared;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The rules every text a person types follows: trimmed, blank meaning absent, of bounded length, and free of the
 * characters no document can hold ({@link TextCharacters}, refused with {@link #CHARACTERS}, the field as argument,
 * the same key in every module). Each module keeps one instance, so that its messages ({@code <module>.rule.required}, {@code <module>.rule.too-long}, with the
 * field and the limit as arguments) speak its own words.
 */
public final class TextRules {

    /** The message key of a text holding a character {@link TextCharacters} refuses; its argument is the field. */
    public static final String CHARACTERS = "text.rule.characters";

    private static final Set<String> WRITING = Set.of("POST", "PUT", "PATCH", "DELETE");

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

    public @Nullable String optional(@Nullable String text, int max, String field) {
        requirePrintable(text, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        var stripped = text.strip();
        if (stripped.length() > max) {
            throw RuleViolationException.about(field, tooLongKey, field, max);
        }
        return stripped;
    }

    public String required(@Nullable String text, int max, String field) {
        var value = optional(text, max, field);
        if (value == null) {
            throw RuleViolationException.about(field, requiredKey, field);
        }
        return value;
    }

    /**
     * Refuses a text holding a character no document can hold; also for texts checked by hand rather than by these
     * rules. The records that carry texts in also carry them out of the database, so only what a request sends (POST,
     * PUT, PATCH or DELETE) is refused: a text stored before this rule, read by a page, a download or a
     * background job, still loads, and printing leaves those characters out.
     */
    public static void requirePrintable(@Nullable String text, String field) {
        if (text != null && TextCharacters.firstRefused(text) >= 0 && sentByRequest()) {
            throw RuleViolationException.about(field, CHARACTERS, field);
        }
    }

    private static boolean sentByRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && WRITING.contains(attributes.getRequest().getMethod());
    }

    /** Keeps the order the writer chose, drops blank entries and repeats. */
    public List<String> lines(@Nullable Collection<String> lines, int max, String field) {
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
