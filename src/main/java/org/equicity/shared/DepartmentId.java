package org.equicity.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a department across modules, so that no module needs another's entities to refer to it. */
public record DepartmentId(UUID value) implements Identifier {

    public DepartmentId {
        Objects.requireNonNull(value, "department id");
    }
}
