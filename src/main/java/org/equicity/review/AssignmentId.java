package org.equicity.review;

import java.util.Objects;
import java.util.UUID;

/** Identifies one reviewer's assignment to one practice. */
public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "assignment id");
    }
}
