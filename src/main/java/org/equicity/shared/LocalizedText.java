package org.equicity.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text given in several languages, keyed by ISO 639-1 code. Reading falls back to English, then to any language
 * present, because a framework label or a name in the wrong language is more useful than an empty cell.
 */
public record LocalizedText(Map<String, String> values) {

    public static final String FALLBACK_LANGUAGE = "en";

    public LocalizedText {
        Objects.requireNonNull(values, "values");
        var copy = new LinkedHashMap<String, String>();
        values.forEach((language, text) -> {
            if (language == null || !language.matches("[a-z]{2}")) {
                throw new IllegalArgumentException("Not an ISO 639-1 language code: " + language);
            }
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        values = Collections.unmodifiableMap(copy);
    }

    public static LocalizedText of(String language, String text) {
        return new LocalizedText(Map.of(language, text));
    }

    public String in(Locale locale) {
        return in(locale == null ? FALLBACK_LANGUAGE : locale.getLanguage());
    }

    public String in(String language) {
        var text = values.get(language);
        if (text != null) {
            return text;
        }
        text = values.get(FALLBACK_LANGUAGE);
        if (text != null) {
            return text;
        }
        return values.values().stream().findFirst().orElse("");
    }

    public boolean has(String language) {
        return values.containsKey(language);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
