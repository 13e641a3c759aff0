package org.equicity.search;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Joining and cutting the texts that go into search documents. */
final class Texts {

    private Texts() {}

    /** The non-blank parts, one paragraph each; {@code null} when there is none. */
    static String paragraphs(Stream<String> parts) {
        var text = parts.filter(Objects::nonNull)
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** A label is one line: line breaks would split it when stored. */
    static String label(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }
}
