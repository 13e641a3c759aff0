package org.equicity.monitoring;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a monitoring programme of a city, across modules and in addresses. */
public record ProgrammeId(UUID value) implements Identifier {

    public ProgrammeId {
        Objects.requireNonNull(value, "programme id");
    }
}
