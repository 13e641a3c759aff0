package org.equicity.plan.support;

import java.util.Locale;
import java.util.Set;
import org.equicity.shared.web.FormErrors;
import org.springframework.context.MessageSource;

/** The plan pages' form errors: which message an unreadable value gets, and which rules name their field. */
public final class PlanFormErrors {

    private static final Set<String> FIELD_RULES =
            Set.of("plan.rule.required", "plan.rule.too-long", "plan.rule.unknown-item", "plan.rule.link");

    private PlanFormErrors() {}

    public static FormErrors of(MessageSource messages, Locale locale) {
        return new FormErrors(messages, locale, "plan", FIELD_RULES);
    }
}
