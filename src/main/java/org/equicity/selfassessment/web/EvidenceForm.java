package org.equicity.selfassessment.web;

import java.util.UUID;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence as a contributor adds it: a document ({@code kind}, {@code title}, {@code link}), or something
 * of the city picked from a list ({@code item}: {@code action:<plan>/<action>}, {@code indicator:<id>} or
 * {@code report:<programme>}).
 */
record EvidenceForm(
        @Nullable String kind,
        @Nullable String title,
        @Nullable String link,
        @Nullable String item) {

    static EvidenceForm empty() {
        return new EvidenceForm(null, null, null, null);
    }

    @Nullable
    EvidenceContent document(FormErrors errors) {
        try {
            return new EvidenceContent(Source.DOCUMENT, kind, title, link, null, null);
        } catch (RuleViolationException invalid) {
            errors.add(invalid);
            return null;
        }
    }

    @Nullable
    EvidenceContent picked(FormErrors errors) {
        if (item == null || item.isBlank()) {
            errors.add("item", "selfassessment.rule.required", "item");
            return null;
        }
        try {
            return picked(item);
        } catch (RuleViolationException invalid) {
            errors.add(invalid);
            return null;
        } catch (IllegalArgumentException unreadable) {
            errors.add("item", "selfassessment.rule.foreign-evidence", "item");
            return null;
        }
    }

    private static EvidenceContent picked(String item) {
        var colon = item.indexOf(':');
        var prefix = colon < 0 ? "" : item.substring(0, colon);
        var value = item.substring(colon + 1);
        return switch (prefix) {
            case "action" -> {
                var slash = value.indexOf('/');
                if (slash < 0) {
                    throw new IllegalArgumentException("Not a plan action: " + item);
                }
                yield new EvidenceContent(
                        Source.PLAN_ACTION,
                        null,
                        null,
                        null,
                        UUID.fromString(value.substring(0, slash)),
                        UUID.fromString(value.substring(slash + 1)));
            }
            case "indicator" -> EvidenceContent.picked(Source.INDICATOR, UUID.fromString(value));
            case "report" -> EvidenceContent.picked(Source.MONITORING_REPORT, UUID.fromString(value));
            default -> throw new IllegalArgumentException("Nothing to pick: " + item);
        };
    }
}
