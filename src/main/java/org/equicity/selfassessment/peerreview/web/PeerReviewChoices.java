package org.equicity.selfassessment.peerreview.web;

import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** A choice a form sent without: the rule names the field, as the facade's rules do. */
final class PeerReviewChoices {

    private PeerReviewChoices() {}

    static <T> T chosen(@Nullable T value, String field) {
        if (value == null) {
            throw RuleViolationException.about(field, "peerreview.rule.required", field);
        }
        return value;
    }
}
