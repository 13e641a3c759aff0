package org.equicity.framework;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equicity.shared.LocalizedText;

/** A relation between items of two different frameworks; undirected, {@code from} and {@code to} as written. */
public record CrosswalkLink(ItemRef from, ItemRef to, LocalizedText note) {

    public CrosswalkLink {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.framework().id().equals(to.framework().id())) {
            throw new IllegalArgumentException("A crosswalk link relates different frameworks: " + from + " – " + to);
        }
        note = note == null ? new LocalizedText(Map.of()) : note;
    }

    public boolean touches(ItemRef item) {
        return from.equals(item) || to.equals(item);
    }

    /** The item at the other end, seen from {@code item}; empty when the link does not touch it. */
    public Optional<ItemRef> other(ItemRef item) {
        if (from.equals(item)) {
            return Optional.of(to);
        }
        return to.equals(item) ? Optional.of(from) : Optional.empty();
    }

    boolean samePairAs(CrosswalkLink link) {
        return (from.equals(link.from) && to.equals(link.to)) || (from.equals(link.to) && to.equals(link.from));
    }
}
