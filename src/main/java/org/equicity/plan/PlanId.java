package org.equicity.plan;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies an action plan across modules and in addresses. */
public record PlanId(UUID value) implements Identifier {

    public PlanId {
        Objects.requireNonNull(value, "plan id");
    }

    public static PlanId parse(String text) {
        return new PlanId(UUID.fromString(text));
    }
}
