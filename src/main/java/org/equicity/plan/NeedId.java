package org.equicity.plan;

import java.util.Objects;
import java.util.UUID;

/** Identifies a recorded need across modules and in addresses. */
public record NeedId(UUID value) {

    public NeedId {
        Objects.requireNonNull(value, "need id");
    }

    public static NeedId parse(String text) {
        return new NeedId(UUID.fromString(text));
    }
}
