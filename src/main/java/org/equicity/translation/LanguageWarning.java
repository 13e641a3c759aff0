package org.equicity.translation;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;

/**
 * A text saved under one language that reads like another: shown after saving (never instead of it), with a link
 * to the form where the language is chosen, because every translation is made from the recorded language. It travels
 * to the next page in the session, which is kept in the database, hence serializable.
 */
public record LanguageWarning(String guessed, String recorded, String changeHref) implements Serializable {

    /** A warning when the text is long enough to judge and clearly reads like another language. */
    public static Optional<LanguageWarning> check(String text, String recorded, String changeHref) {
        return LanguageGuesser.contradicts(text, recorded)
                .map(guessed -> new LanguageWarning(guessed, recorded, changeHref));
    }

    public String guessedName(Locale reader) {
        return Languages.name(guessed, reader);
    }

    public String recordedName(Locale reader) {
        return Languages.name(recorded, reader);
    }
}
