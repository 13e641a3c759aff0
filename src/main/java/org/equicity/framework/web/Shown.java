package org.equicity.framework.web;

import java.util.Locale;
import org.equicity.shared.LocalizedText;

/**
 * A text as shown to a reader, with the language it is actually in when that differs from the page's, so that the
 * template can mark a fallback with {@code lang} and screen readers pronounce it correctly.
 *
 * @param lang null when the text is in the page language
 */
record Shown(String text, String lang) {

    static Shown of(LocalizedText text, Locale locale) {
        var wanted = locale.getLanguage();
        var language = text.has(wanted)
                ? wanted
                : text.has(LocalizedText.FALLBACK_LANGUAGE)
                        ? LocalizedText.FALLBACK_LANGUAGE
                        : text.values().keySet().stream().findFirst().orElse(wanted);
        return new Shown(text.in(language), language.equals(wanted) ? null : language);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
