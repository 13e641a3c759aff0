package org.equicity.review;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies one reviewer's assignment to one practice. */
public record AssignmentId(UUID value) implements Identifier {

    public AssignmentId {
        Objects.requireNonNull(value, "assignment id");
    }
}
