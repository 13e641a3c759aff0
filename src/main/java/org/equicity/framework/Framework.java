package org.equicity.framework;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.equicity.shared.LocalizedText;

/** A framework version as loaded from its data file; immutable. */
public record Framework(
        FrameworkRef ref, LocalizedText name, LocalizedText description, String source, List<FrameworkItem> items) {

    public Framework {
        items = List.copyOf(items);
    }

    /** Every item, sub-items included, in display order. */
    public Stream<FrameworkItem> allItems() {
        return items.stream().flatMap(Framework::withChildren);
    }

    public Optional<FrameworkItem> item(String code) {
        return allItems().filter(item -> item.code().equals(code)).findFirst();
    }

    private static Stream<FrameworkItem> withChildren(FrameworkItem item) {
        return Stream.concat(Stream.of(item), item.children().stream().flatMap(Framework::withChildren));
    }
}
