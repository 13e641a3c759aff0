package org.equicity.assessment;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies an assessment of a plan across modules and in addresses. */
public record AssessmentId(UUID value) implements Identifier {

    public AssessmentId {
        Objects.requireNonNull(value, "assessment id");
    }
}
