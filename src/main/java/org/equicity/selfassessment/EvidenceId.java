package org.equicity.selfassessment;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a piece of evidence of a self-assessment across modules and in addresses. */
public record EvidenceId(UUID value) implements Identifier {

    public EvidenceId {
        Objects.requireNonNull(value, "EvidenceId");
    }
}
