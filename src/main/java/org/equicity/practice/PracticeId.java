package org.equicity.practice;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a good practice across modules and in permanent addresses. */
public record PracticeId(UUID value) implements Identifier {

    public PracticeId {
        Objects.requireNonNull(value, "practice id");
    }
}
