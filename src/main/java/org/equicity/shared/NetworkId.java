package org.equicity.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a network across modules, so that no module needs another's entities to refer to it. */
public record NetworkId(UUID value) implements Identifier {

    public NetworkId {
        Objects.requireNonNull(value, "network id");
    }
}
