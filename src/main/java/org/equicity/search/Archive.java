package org.equicity.search;

import java.util.Map;
import java.util.Objects;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.Reading;
import org.equicity.translation.Translations.ReadingStatus;

/**
 * The English translations of a source's texts, as far as they exist, and whether some are still to come (then the
 * documents are derived again in a later round).
 */
record Archive(String text, boolean pending) {

    static Archive of(Map<FieldRef, String> texts, Map<FieldRef, Reading> english, String language) {
        if (Translations.ARCHIVE_LANGUAGE.equals(language)) {
            return new Archive(null, false);
        }
        var text = Texts.paragraphs(texts.keySet().stream()
                .map(english::get)
                .filter(Objects::nonNull)
                .filter(reading ->
                        reading.status() == ReadingStatus.TRANSLATED || reading.status() == ReadingStatus.OUTDATED)
                .map(reading -> reading.translation().text()));
        var pending = texts.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> english.get(e.getKey()))
                .filter(Objects::nonNull)
                .anyMatch(Archive::comesLater);
        return new Archive(text, pending);
    }

    /**
     * Whether a better English text is on its way by itself. A person's outdated translation waits for its translator,
     * which may take months: deriving the documents again every round until then would change nothing. A saved text
     * with no source recorded yet is on its way too: the translation module records it from the owner's
     * {@code TextsSaved} event in a listener of its own, which may run after this derivation.
     */
    private static boolean comesLater(Reading reading) {
        return switch (reading.status()) {
            case PENDING, ON_REQUEST, NO_SOURCE -> true;
            case OUTDATED -> reading.translation().isMachine();
            default -> false;
        };
    }
}
