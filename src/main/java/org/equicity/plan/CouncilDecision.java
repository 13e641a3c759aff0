package org.equicity.plan;

import java.net.URI;
import java.time.LocalDate;
import org.equicity.plan.support.Texts;
import org.equicity.shared.RuleViolationException;

/** The city council's decision that adopted the plan; the link (to the minutes or the document) is optional. */
public record CouncilDecision(LocalDate date, String reference, String link) {

    public CouncilDecision {
        if (date == null) {
            throw RuleViolationException.about("decisionDate", "plan.rule.required", "decisionDate");
        }
        reference = Texts.required(reference, 200, "decisionReference");
        link = webAddress(link, "decisionLink");
    }

    private static String webAddress(String text, String field) {
        var value = Texts.optional(text, 1_000, field);
        if (value == null) {
            return null;
        }
        try {
            var uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, like any other address that is not a web page
        }
        throw RuleViolationException.about(field, "plan.rule.link", field);
    }
}
