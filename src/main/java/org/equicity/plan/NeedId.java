package org.equicity.plan;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a recorded need across modules and in addresses. */
public record NeedId(UUID value) implements Identifier {

    public NeedId {
        Objects.requireNonNull(value, "need id");
    }

    public static NeedId parse(String text) {
        return new NeedId(UUID.fromString(text));
    }
}
