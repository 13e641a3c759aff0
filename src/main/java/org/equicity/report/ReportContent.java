package org.equicity.report;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;

/** Everything the city reports; {@code language} is the ISO 639-1 code of the language it is written in. */
public record ReportContent(
        String language, Level1Profile level1, List<ReportedAction> actions, List<Explanation> explanations) {

    /**
     * The texts of report {@code report} that are translated once submitted: Level 1's free texts (its other
     * fields are names, offices and contacts), the explanations and the actions' texts. Empty fields are included
     * (with {@code null}), so that a cleared field is reported too.
     */
    public Map<FieldRef, String> translatableFields(ReportId report) {
        var fields = new LinkedHashMap<FieldRef, String>();
        fields.put(level1Field(report, "coordinationStructure"), level1.coordinationStructure());
        fields.put(level1Field(report, "networksAndMemberships"), level1.networksAndMemberships());
        fields.put(level1Field(report, "description"), level1.description());
        explanations.forEach(
                explanation -> fields.put(explanationField(report, explanation.commitment()), explanation.text()));
        actions.forEach(action -> fields.putAll(action.translatableFields()));
        return fields;
    }

    /** A Level 1 field by the name of its {@link Level1Profile} component, such as {@code description}. */
    public static FieldRef level1Field(ReportId report, String component) {
        return new FieldRef(
                Reports.LEVEL1_TRANSLATION_OWNER,
                report.value(),
                "level1." + component.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT));
    }

    /** The explanation of why the report has no action under a commitment. */
    public static FieldRef explanationField(ReportId report, String commitment) {
        var owner = UUID.nameUUIDFromBytes((report.value() + "/" + commitment).getBytes(StandardCharsets.UTF_8));
        return new FieldRef(Reports.EXPLANATION_TRANSLATION_OWNER, owner, "text");
    }

    public ReportContent {
        language = Texts.RULES.required(language, 10, "language");
        if (!language.matches("[a-z]{2,3}")) {
            throw new RuleViolationException("report.rule.language", language);
        }
        level1 = level1 == null ? Level1Profile.empty() : level1;
        actions = actions == null ? List.of() : List.copyOf(actions);
        explanations = explanations == null ? List.of() : List.copyOf(explanations);
    }
}
