package org.equicity.plan;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.equicity.plan.support.Texts;
import org.equicity.shared.RuleViolationException;

/**
 * What an action costs: an amount in an ISO 4217 currency and where the money comes from, or nothing extra
 * because it is paid within the regular budget.
 */
public record Budget(BigDecimal amount, String currency, String fundingSource, boolean withinRegularBudget) {

    public Budget {
        if (amount != null && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 13)) {
            throw new RuleViolationException("plan.rule.budget-amount");
        }
        currency = Texts.optional(currency, 3, "currency");
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            try {
                Currency.getInstance(currency);
            } catch (IllegalArgumentException unknown) {
                throw new RuleViolationException("plan.rule.currency", currency);
            }
        }
        if (amount != null && currency == null) {
            throw new RuleViolationException("plan.rule.currency-missing");
        }
        fundingSource = Texts.optional(fundingSource, 500, "fundingSource");
    }

    public static Budget none() {
        return new Budget(null, null, null, false);
    }
}
