package org.equicity.framework;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.equicity.shared.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A framework version as loaded from its data file; immutable. An assessment framework also declares its answer
 * {@code scale}, the {@code evidence} kinds it accepts, and optionally the framework whose items are its
 * {@code context} factors.
 */
public record Framework(
        FrameworkRef ref,
        LocalizedText name,
        LocalizedText description,
        String source,
        List<FrameworkItem> items,
        @Nullable AnswerScale scale,
        List<EvidenceKind> evidence,
        @Nullable FrameworkRef context) {

    public Framework {
        items = List.copyOf(items);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /**
     * The version as people read it: its name in the reader's language and its version, "ECCAR Ten-Point Plan of
     * Action (2023)", never the id the data stores ({@code eccar-commitments@2023}).
     */
    public String title(Locale locale) {
        return name.in(locale) + " (" + ref.version() + ")";
    }

    /** Cities assess themselves against a framework that declares how to answer it. */
    public boolean isAssessment() {
        return scale != null;
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
