package org.equicity.plan;

import java.util.Objects;
import java.util.UUID;

/** Identifies a consultation comment on a plan in addresses and the API. */
public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "comment id");
    }
}
