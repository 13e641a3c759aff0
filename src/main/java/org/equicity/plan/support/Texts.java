package org.equicity.plan.support;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.equicity.translation.Languages;
import org.jspecify.annotations.Nullable;

/**
 * The rules every text a city types into a plan follows ({@link TextRules}, with the plan module's messages), and the
 * plan's own rules for languages and lists of choices.
 */
public final class Texts {

    private static final TextRules RULES = new TextRules("plan");

    private Texts() {}

    // Named here rather than as Texts.RULES.optional(...) so that the plan's many call sites read as before.
    public static @Nullable String optional(@Nullable String text, int max, String field) {
        return RULES.optional(text, max, field);
    }

    public static String required(@Nullable String text, int max, String field) {
        return RULES.required(text, max, field);
    }

    public static List<String> lines(@Nullable Collection<String> lines, int max, String field) {
        return RULES.lines(lines, max, field);
    }

    /** A text's language as stored: an ISO 639-1 code in lower case, or null for "the city's language". */
    public static @Nullable String language(@Nullable String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        var code = language.strip().toLowerCase(Locale.ROOT);
        if (!Languages.isCode(code)) {
            throw new RuleViolationException("plan.rule.language", language);
        }
        return code;
    }

    /**
     * Ids a client lists, each at most once: one named twice is refused, naming the field, rather than quietly
     * merged, so that a client learns its body did not say what it meant.
     */
    public static <T> List<T> once(Collection<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        var given = values.stream().filter(Objects::nonNull).toList();
        if (new HashSet<>(given).size() < given.size()) {
            throw new RuleViolationException("plan.rule.id-twice", field);
        }
        return List.copyOf(given);
    }
}
