package org.equicity.indicator;

import org.equicity.indicator.Indicators.Unit;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;

/** The rules the module's records check what a person typed against. */
final class IndicatorRules {

    static final TextRules RULES = new TextRules("indicator");

    private IndicatorRules() {}

    static void requireChosen(Object value, String field) {
        if (value == null) {
            throw new RuleViolationException("indicator.rule.required", field);
        }
    }

    static String language(String language) {
        if (language == null || language.isBlank()) {
            return null;
        }
        if (!language.strip().matches("[a-z]{2}")) {
            throw RuleViolationException.about("language", "indicator.rule.language");
        }
        return language.strip();
    }

    static String currency(Unit unit, String currency) {
        if (unit != Unit.CURRENCY) {
            return null;
        }
        if (currency == null || !currency.strip().matches("[A-Z]{3}")) {
            throw RuleViolationException.about("currency", "indicator.rule.currency");
        }
        return currency.strip();
    }

    static Integer rateBase(Unit unit, Integer rateBase) {
        if (unit != Unit.RATE) {
            return null;
        }
        if (rateBase == null || rateBase < 1) {
            throw RuleViolationException.about("rateBase", "indicator.rule.rate-base");
        }
        return rateBase;
    }
}
