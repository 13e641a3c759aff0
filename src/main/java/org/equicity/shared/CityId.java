package org.equicity.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a city across modules, so that no module needs another's entities to refer to it. */
public record CityId(UUID value) implements Identifier {

    public CityId {
        Objects.requireNonNull(value, "city id");
    }
}
