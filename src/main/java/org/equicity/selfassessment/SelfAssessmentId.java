package org.equicity.selfassessment;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a city's self-assessment across modules and in addresses. */
public record SelfAssessmentId(UUID value) implements Identifier {

    public SelfAssessmentId {
        Objects.requireNonNull(value, "SelfAssessmentId");
    }
}
