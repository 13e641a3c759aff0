package org.equicity.monitoring;

import java.util.regex.Pattern;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** The rules the module's records check what a person typed against. */
final class MonitoringRules {

    static final TextRules RULES = new TextRules("monitoring");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MonitoringRules() {}

    static <T> T requireChosen(@Nullable T value, String field) {
        if (value == null) {
            throw RuleViolationException.about(field, "monitoring.rule.required", field);
        }
        return value;
    }

    static String email(@Nullable String email, String field) {
        var text = RULES.required(email, 320, field);
        if (!EMAIL.matcher(text).matches()) {
            throw RuleViolationException.about(field, "monitoring.rule.email", field);
        }
        return text;
    }
}
