package org.equicity.assessment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.assessment.Assessments.AssessmentContent;
import org.equicity.assessment.Assessments.AssessmentView;
import org.equicity.assessment.Assessments.Finding;
import org.equicity.plan.ActionId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * What the coordinator types: the summary and one row per action of the plan, in the plan's order; {@code version}
 * is the assessment's version the coordinator started from.
 */
record AssessmentForm(
        long version, @Nullable String language, @Nullable String summary, List<Row> rows) {

    record Row(
            @Nullable String action,
            @Nullable String method,
            @Nullable String findings,
            @Nullable String indicators,
            @Nullable String lessons) {}

    AssessmentForm {
        rows = rows == null ? List.of() : rows;
    }

    static AssessmentForm of(AssessmentView assessment) {
        var rows = assessment.actions().stream()
                .map(action -> assessment
                        .finding(action.id())
                        .map(f -> new Row(
                                action.id().value().toString(), f.method(), f.findings(), f.indicators(), f.lessons()))
                        .orElse(new Row(action.id().value().toString(), null, null, null, null)))
                .toList();
        var content = assessment.content();
        return new AssessmentForm(assessment.version(), content.language(), content.summary(), rows);
    }

    /** The same entries over the version stored now: saving them again replaces what is stored. */
    AssessmentForm over(long stored) {
        return new AssessmentForm(stored, language, summary, rows);
    }

    /** The content, or null with the rules it breaks added to {@code errors} next to their fields. */
    @Nullable
    AssessmentContent content(FormErrors errors) {
        var findings = new ArrayList<Finding>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            try {
                findings.add(new Finding(
                        new ActionId(UUID.fromString(String.valueOf(row.action()))),
                        row.method(),
                        row.findings(),
                        row.indicators(),
                        row.lessons()));
            } catch (IllegalArgumentException unreadable) {
                errors.add("rows" + i, "assessment.rule.foreign-action");
            } catch (RuleViolationException invalid) {
                errors.add(invalid, "rows" + i + "." + (invalid.field() == null ? "findings" : invalid.field()));
            }
        }
        try {
            var content = new AssessmentContent(language, summary, findings);
            return errors.isEmpty() ? content : null;
        } catch (RuleViolationException invalid) {
            errors.add(invalid);
            return null;
        }
    }
}
