package org.equicity.translation;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.regex.Pattern;
import org.equicity.shared.RuleViolationException;

/** Language codes as this module stores them: ISO 639-1, lower case. */
final class Languages {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}");

    private Languages() {}

    static String require(String language) {
        var code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolationException("translation.error.language", language);
        }
        return code;
    }

    /** The ISO 639-3 code Apertium names languages by ({@code es} → {@code spa}). */
    static String threeLetter(String language) {
        try {
            return Locale.forLanguageTag(language).getISO3Language();
        } catch (MissingResourceException ex) {
            throw new IllegalArgumentException("No three-letter code for " + language, ex);
        }
    }
}
