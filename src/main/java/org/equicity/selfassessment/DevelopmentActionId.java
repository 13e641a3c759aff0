package org.equicity.selfassessment;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies an action of a self-assessment's development plan across modules and in addresses. */
public record DevelopmentActionId(UUID value) implements Identifier {

    public DevelopmentActionId {
        Objects.requireNonNull(value, "DevelopmentActionId");
    }
}
