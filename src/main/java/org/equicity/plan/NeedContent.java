package org.equicity.plan;

import java.time.LocalDate;
import org.equicity.plan.support.Texts;
import org.equicity.shared.RuleViolationException;

/** A need heard in the needs assessment; commitment (of this plan) and track (item code) are optional. */
public record NeedContent(
        NeedMethod method,
        LocalDate heldOn,
        String participants,
        String description,
        CommitmentId commitment,
        String track,
        String language) {

    public NeedContent {
        language = Texts.language(language);
        if (method == null) {
            throw RuleViolationException.about("method", "plan.rule.required", "method");
        }
        participants = Texts.optional(participants, 2_000, "participants");
        description = Texts.required(description, 10_000, "description");
        track = Texts.optional(track, 100, "track");
    }

    NeedContent writtenIn(String language) {
        return new NeedContent(method, heldOn, participants, description, commitment, track, language);
    }
}
