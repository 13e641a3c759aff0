package org.equicity.practice;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a contributor of practices that is not a city. */
public record ContributorId(UUID value) implements Identifier {

    public ContributorId {
        Objects.requireNonNull(value, "contributor id");
    }
}
