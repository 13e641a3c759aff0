package org.equicity.translation;

import java.util.Arrays;
import java.util.List;

/**
 * One translatable text as a page shows it: {@code text} in {@code language} (the reader's language when a
 * translation is shown, otherwise the original's), with the {@code original} kept at hand so that every reader can
 * see what was actually written. {@code originalLanguageName} is the original's language named in the reader's
 * language. {@code text} is null when the field has no text.
 */
public record ShownText(
        FieldRef field,
        String text,
        String language,
        String original,
        String originalLanguage,
        String originalLanguageName,
        Marker marker) {

    /** What the reader is told about the text. */
    public enum Marker {
        /** The original, in the reader's language or as the reader asked: nothing to say. */
        NONE,
        /** A current machine translation. */
        MACHINE,
        /** A current translation by a person. */
        HUMAN,
        /** A machine translation of an earlier version of the text; a new one is being made. */
        MACHINE_OUTDATED,
        /** A person's translation of an earlier version of the text. */
        HUMAN_OUTDATED,
        /** The original, while a translation is being prepared. */
        PREPARING,
        /** The original: no engine translates this language into the reader's. */
        NO_ENGINE
    }

    public boolean isTranslated() {
        return marker == Marker.MACHINE
                || marker == Marker.HUMAN
                || marker == Marker.MACHINE_OUTDATED
                || marker == Marker.HUMAN_OUTDATED;
    }

    public boolean isMachineTranslated() {
        return marker == Marker.MACHINE || marker == Marker.MACHINE_OUTDATED;
    }

    /** Whether a notice goes with the text: a translation's provenance or why there is none. */
    public boolean isMarked() {
        return marker != Marker.NONE;
    }

    public boolean isEmpty() {
        return text == null || text.isBlank();
    }

    /** The message key of the notice, taking the original language's name as its argument. */
    public String markerKey() {
        return "translation.reading.marker." + marker;
    }

    /** The shown text's lines, for fields that hold one entry per line (a list of objectives). */
    public List<String> lines() {
        return isEmpty()
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .filter(line -> !line.isBlank())
                        .toList();
    }

    public List<String> originalLines() {
        return original == null || original.isBlank()
                ? List.of()
                : Arrays.stream(original.split("\\R"))
                        .filter(line -> !line.isBlank())
                        .toList();
    }
}
