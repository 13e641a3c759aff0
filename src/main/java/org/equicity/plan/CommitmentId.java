package org.equicity.plan;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a commitment of a plan across modules and in addresses. */
public record CommitmentId(UUID value) implements Identifier {

    public CommitmentId {
        Objects.requireNonNull(value, "commitment id");
    }

    public static CommitmentId parse(String text) {
        return new CommitmentId(UUID.fromString(text));
    }
}
