package org.equicity.plan;

import org.equicity.plan.support.Texts;
import org.equicity.shared.RuleViolationException;

/**
 * Title and period (calendar years, both included). {@code language} is the language the title is written in
 * (ISO 639-1); left out, it is the city's main language, or on a change the language recorded so far.
 */
public record PlanDetails(String title, int startYear, int endYear, String language) {

    public PlanDetails {
        title = Texts.required(title, 200, "title");
        language = Texts.language(language);
        if (startYear < 1990 || endYear > 2200 || endYear < startYear) {
            throw new RuleViolationException("plan.rule.period");
        }
    }

    PlanDetails writtenIn(String language) {
        return new PlanDetails(title, startYear, endYear, language);
    }
}
