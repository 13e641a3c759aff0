package org.equicity.practice;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** A collection of practices imported from one published document and its later editions. */
public record CollectionId(UUID value) implements Identifier {

    public CollectionId {
        Objects.requireNonNull(value, "collection id");
    }
}
