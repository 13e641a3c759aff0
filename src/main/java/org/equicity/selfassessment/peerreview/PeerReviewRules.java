package org.equicity.selfassessment.peerreview;

import java.util.Locale;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** The rules the module's records check what a person typed against. */
final class PeerReviewRules {

    static final TextRules RULES = new TextRules("peerreview");

    private PeerReviewRules() {}

    static <T> T requireChosen(@Nullable T value, String field) {
        if (value == null) {
            throw RuleViolationException.about(field, "peerreview.rule.required", field);
        }
        return value;
    }

    /** An address, lower-cased: members are recognised by it when they sign in. */
    static @Nullable String email(@Nullable String email) {
        var text = RULES.optional(email, 320, "email");
        if (text == null) {
            return null;
        }
        if (!text.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw RuleViolationException.about("email", "peerreview.rule.email", "email");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
