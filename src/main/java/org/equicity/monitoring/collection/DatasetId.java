package org.equicity.monitoring.collection;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a dataset a monitoring programme collects, across modules and in addresses. */
public record DatasetId(UUID value) implements Identifier {

    public DatasetId {
        Objects.requireNonNull(value, "dataset id");
    }
}
