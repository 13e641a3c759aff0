package org.equicity.plan;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies an action of a plan across modules and in addresses. */
public record ActionId(UUID value) implements Identifier {

    public ActionId {
        Objects.requireNonNull(value, "action id");
    }

    public static ActionId parse(String text) {
        return new ActionId(UUID.fromString(text));
    }
}
