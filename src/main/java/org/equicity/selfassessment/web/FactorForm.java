package org.equicity.selfassessment.web;

import java.util.ArrayList;
import java.util.List;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.equicity.selfassessment.SelfAssessments.FactorView;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * What a contributor types for one key factor: an answer per guide question in the framework's order, the judgement,
 * why, and the context factors that explain it; {@code version} is the key factor's version they started from.
 */
record FactorForm(
        long version,
        @Nullable List<String> answers,
        @Nullable String judgement,
        @Nullable String explanation,
        @Nullable List<String> contextFactors) {

    static FactorForm of(FactorView factor) {
        var answers = new ArrayList<String>();
        for (int i = 0; i < factor.factor().questions().size(); i++) {
            var answer = factor.content().answer(i);
            answers.add(answer == null ? "" : answer);
        }
        var content = factor.content();
        return new FactorForm(
                factor.version(), answers, content.judgement(), content.explanation(), content.contextFactors());
    }

    /** The same entries over the version stored now: saving them again replaces what is stored. */
    FactorForm over(long stored) {
        return new FactorForm(stored, answers, judgement, explanation, contextFactors);
    }

    @Nullable
    FactorContent content(FormErrors errors) {
        try {
            return new FactorContent(
                    answers == null ? List.of() : new ArrayList<@Nullable String>(answers),
                    judgement,
                    explanation,
                    contextFactors == null ? List.of() : contextFactors);
        } catch (RuleViolationException invalid) {
            errors.add(invalid);
            return null;
        }
    }
}
