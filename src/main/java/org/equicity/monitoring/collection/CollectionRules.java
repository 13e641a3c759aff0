package org.equicity.monitoring.collection;

import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.jspecify.annotations.Nullable;

/** The rules the module's records check what a person typed against. */
final class CollectionRules {

    static final TextRules RULES = new TextRules("monitoring.collection");

    private CollectionRules() {}

    static <T> T requireChosen(@Nullable T value, String field) {
        if (value == null) {
            throw RuleViolationException.about(field, "monitoring.collection.rule.required", field);
        }
        return value;
    }
}
