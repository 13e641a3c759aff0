package org.equicity.translation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.shared.RuleViolationException;

/** Language codes as this module stores them: ISO 639-1, lower case. */
public final class Languages {

    private static final Pattern CODE = Pattern.compile("[a-z]{2}");

    private static final Set<String> ISO_639_1 =
            Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toSet());

    /**
     * The languages writers choose from first: those of the cities in the networks Equicity serves. Any other ISO
     * 639-1 code is accepted too (a city's main language is always offered).
     */
    private static final List<String> OFFERED = List.of(
            "en", "de", "fr", "es", "it", "ca", "eu", "gl", "pt", "nl", "sv", "da", "no", "fi", "pl", "cs", "sk", "sl",
            "hr", "hu", "ro", "bg", "el", "tr", "ar");

    private Languages() {}

    /** Whether the text is a known ISO 639-1 code in lower case, as texts' languages are stored. */
    public static boolean isCode(String language) {
        return language != null && CODE.matcher(language).matches() && ISO_639_1.contains(language);
    }

    /** The languages a form offers, with {@code always} (the city's language) among them. */
    public static List<String> offered(String always) {
        if (always == null || OFFERED.contains(always) || !isCode(always)) {
            return OFFERED;
        }
        return Stream.concat(Stream.of(always), OFFERED.stream()).toList();
    }

    /** {@link #offered} as a form's choices, named in the writer's language. */
    public static List<LanguageChoice> choices(Locale writer, String always) {
        return offered(always).stream()
                .map(code -> new LanguageChoice(code, name(code, writer)))
                .toList();
    }

    /** The language's name as a reader of {@code reader} calls it ("Spanisch" for a German reader of Spanish). */
    public static String name(String language, Locale reader) {
        if (language == null) {
            return "";
        }
        var name = Locale.forLanguageTag(language).getDisplayLanguage(reader);
        return name.isEmpty() ? language : name;
    }

    static String require(String language) {
        var code = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new RuleViolationException("translation.error.language", language);
        }
        return code;
    }

    /** The ISO 639-1 code of an ISO 639-3 one ({@code cat} → {@code ca}), if there is one. */
    static Optional<String> twoLetter(String threeLetter) {
        return ISO_639_1.stream()
                .filter(code -> threeLetter.equals(Locale.forLanguageTag(code).getISO3Language()))
                .findFirst();
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
