package org.equicity.indicator;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies an indicator across modules and in addresses. */
public record IndicatorId(UUID value) implements Identifier {

    public IndicatorId {
        Objects.requireNonNull(value, "indicator id");
    }

    public static IndicatorId parse(String text) {
        return new IndicatorId(UUID.fromString(text));
    }
}
