package org.equicity.selfassessment.web;

import java.time.LocalDate;
import java.util.Objects;
import org.equicity.selfassessment.SelfAssessments.DevelopmentContent;
import org.equicity.selfassessment.SelfAssessments.Horizon;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.jspecify.annotations.Nullable;

/** A priority action as the coordinator types it, for the objective of one key factor. */
record DevelopmentForm(
        @Nullable String factor,
        @Nullable String title,
        @Nullable Horizon horizon,
        @Nullable String owner,
        @Nullable LocalDate due) {

    static DevelopmentForm empty() {
        return new DevelopmentForm(null, null, Horizon.QUICK_WIN, null, null);
    }

    @Nullable
    DevelopmentContent content(FormErrors errors) {
        if (horizon == null) {
            errors.add("horizon", "selfassessment.rule.required", "horizon");
            return null;
        }
        try {
            return new DevelopmentContent(
                    Objects.toString(factor, ""), Objects.toString(title, ""), horizon, owner, due);
        } catch (RuleViolationException invalid) {
            errors.add(invalid);
            return null;
        }
    }
}
