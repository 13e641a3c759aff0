package org.equicity.report;

import java.util.Objects;
import java.util.UUID;

/** Identifies a cycle across modules and in addresses. */
public record CycleId(UUID value) {

    public CycleId {
        Objects.requireNonNull(value, "cycle id");
    }
}
