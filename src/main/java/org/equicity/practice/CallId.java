package org.equicity.practice;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a network's call for practices. */
public record CallId(UUID value) implements Identifier {

    public CallId {
        Objects.requireNonNull(value, "call id");
    }
}
