package org.equicity.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person across modules, so that no module needs another's entities to refer to it. */
public record PersonId(UUID value) implements Identifier {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }
}
