package org.equicity.plan.consultation;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a consultation comment on a plan in addresses and the API. */
public record CommentId(UUID value) implements Identifier {

    public CommentId {
        Objects.requireNonNull(value, "comment id");
    }
}
