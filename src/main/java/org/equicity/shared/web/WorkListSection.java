package org.equicity.shared.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A part of the signed-in person's work list, given by the module that owns the work, so that the work list gathers
 * what waits for a person without reaching into modules it may not depend on. Each entry links to the place to act.
 */
public interface WorkListSection {

    /** Where the section stands on the work list, lower first. */
    int order();

    /** The section for the signed-in reader, empty when they hold no role it serves. */
    Optional<Section> forReader(LocalDate today);

    /**
     * A heading and what waits ({@code entries}); {@code emptyKey} says what will appear there when nothing does.
     * Keys are message keys.
     */
    record Section(String headingKey, String emptyKey, List<Entry> entries) {

        public Section {
            entries = List.copyOf(entries);
        }
    }

    /**
     * One thing to do: the message {@code textKey} with {@code args} as the link to {@code link}, and an optional
     * excerpt of what is to be answered ({@code quote}, may be null) and a note ({@code noteKey} with
     * {@code noteArgs}, may be null), {@code urgent} when a date has passed.
     */
    record Entry(
            String link,
            String textKey,
            List<Object> args,
            @Nullable String quote,
            @Nullable String noteKey,
            List<Object> noteArgs,
            boolean urgent) {

        public Entry {
            args = List.copyOf(args);
            noteArgs = List.copyOf(noteArgs);
        }
    }
}
