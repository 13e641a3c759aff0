package org.equicity.report.web;

import java.util.Locale;
import java.util.Set;
import org.equicity.shared.web.FormErrors;
import org.springframework.context.MessageSource;

/** The report pages' form errors: which message an unreadable value gets, and which rules name their field. */
final class ReportFormErrors {

    private static final Set<String> FIELD_RULES =
            Set.of("report.rule.required", "report.rule.too-long", "city.error.too-long");

    private ReportFormErrors() {}

    static FormErrors of(MessageSource messages, Locale locale) {
        return new FormErrors(messages, locale, "report.form.invalid", FIELD_RULES);
    }
}
