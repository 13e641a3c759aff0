package org.equicity.translation;

import java.io.Serializable;
import java.util.Locale;

/**
 * A text saved under one language that reads like another: shown after saving (never instead of it), with a link
 * to the form where the language is chosen, because every translation is made from the recorded language. It travels
 * to the next page in the session, which is kept in the database, hence serializable.
 */
public record LanguageWarning(String guessed, String recorded, String changeHref) implements Serializable {

    public String guessedName(Locale reader) {
        return Languages.name(guessed, reader);
    }

    public String recordedName(Locale reader) {
        return Languages.name(recorded, reader);
    }
}
