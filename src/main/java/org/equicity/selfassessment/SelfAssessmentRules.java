package org.equicity.selfassessment;

import java.net.URI;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** The rules the module's records check what a person typed against. */
final class SelfAssessmentRules {

    static final TextRules RULES = new TextRules("selfassessment");

    private SelfAssessmentRules() {}

    static <T> T requireChosen(@Nullable T value, String field) {
        if (value == null) {
            throw RuleViolationException.about(field, "selfassessment.rule.required", field);
        }
        return value;
    }

    /** A link to a document is a web address (http or https); any other scheme could run in the reader's browser. */
    static @Nullable String link(@Nullable String link) {
        var text = RULES.optional(link, 2_000, "link");
        if (text == null) {
            return null;
        }
        try {
            var uri = URI.create(text);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return text;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, like any other address that is not a web page
        }
        throw RuleViolationException.about("link", "selfassessment.rule.link", "link");
    }
}
