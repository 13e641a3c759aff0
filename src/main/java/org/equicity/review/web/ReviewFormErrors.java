package org.equicity.review.web;

import java.util.Locale;
import java.util.Set;
import org.equicity.shared.web.FormErrors;
import org.springframework.context.MessageSource;

/** The review pages' form errors: which message an unreadable value gets, and which rules name their field. */
final class ReviewFormErrors {

    private static final Set<String> FIELD_RULES = Set.of("review.rule.required", "review.rule.too-long");

    private ReviewFormErrors() {}

    static FormErrors of(MessageSource messages, Locale locale) {
        return new FormErrors(messages, locale, "review.form.invalid", FIELD_RULES);
    }
}
