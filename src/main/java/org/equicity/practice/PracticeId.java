package org.equicity.practice;

import java.util.Objects;
import java.util.UUID;

/** Identifies a good practice across modules and in permanent addresses. */
public record PracticeId(UUID value) {

    public PracticeId {
        Objects.requireNonNull(value, "practice id");
    }
}
