package org.equicity.report;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a cycle across modules and in addresses. */
public record CycleId(UUID value) implements Identifier {

    public CycleId {
        Objects.requireNonNull(value, "cycle id");
    }
}
