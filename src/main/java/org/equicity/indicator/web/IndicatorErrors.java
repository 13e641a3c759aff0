package org.equicity.indicator.web;

import java.util.Locale;
import java.util.Map;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.springframework.context.MessageSource;

/** The indicator pages' form errors: which message an unreadable value gets, and which field a rule concerns. */
final class IndicatorErrors {

    /** Rules about one field that do not name it. */
    private static final Map<String, String> RULE_FIELDS = Map.of(
            "indicator.rule.baseline", "baselineValue",
            "indicator.rule.target", "targets0.due",
            "indicator.rule.band", "targets0.upper",
            "indicator.rule.target-twice", "targets0.due",
            "indicator.rule.ratio", "numerator",
            "indicator.rule.currency", "currency",
            "indicator.rule.rate-base", "rateBase",
            "indicator.rule.language", "language",
            "indicator.rule.dimension", "breakdowns");

    /** The form's names of fields that a rule names by the record's name. */
    private static final Map<String, String> FIELD_NAMES =
            Map.of("ratio", "numerator", "commitment", "commitment", "reason", "reason");

    private IndicatorErrors() {}

    static FormErrors of(MessageSource messages, Locale locale) {
        return new FormErrors(messages, locale, "indicator");
    }

    static FormErrors add(FormErrors errors, RuleViolationException violation) {
        var field = RULE_FIELDS.get(violation.messageKey());
        if (field == null && violation.field() != null) {
            field = FIELD_NAMES.getOrDefault(violation.field(), violation.field());
        }
        return field != null ? errors.add(violation, field) : errors.add(violation);
    }
}
