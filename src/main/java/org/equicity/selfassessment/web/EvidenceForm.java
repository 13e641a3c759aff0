package org.equicity.selfassessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.equicity.selfassessment.SelfAssessments.Choice;
import org.equicity.selfassessment.SelfAssessments.EvidenceChoices;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
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

    /**
     * What a contributor may pick, as the form sends it back ({@code item}), grouped by where it comes from;
     * {@code label} gives a group's heading from its source's message key.
     */
    static Map<String, Object> itemChoices(EvidenceChoices choices, Function<String, String> label) {
        var groups = new LinkedHashMap<String, Object>();
        group(groups, "action:", choices.actions(), label.apply("selfassessment.source.PLAN_ACTION"));
        group(groups, "indicator:", choices.indicators(), label.apply("selfassessment.source.INDICATOR"));
        group(groups, "report:", choices.monitoringReports(), label.apply("selfassessment.source.MONITORING_REPORT"));
        return groups;
    }

    private static void group(Map<String, Object> groups, String prefix, List<Choice> choices, String label) {
        groups.put(
                prefix,
                new Choices.Group(label, Choices.of(choices, choice -> prefix + choice.value(), Choice::label)));
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
