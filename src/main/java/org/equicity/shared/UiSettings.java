package org.equicity.shared;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The languages the interface is offered in; every message bundle must exist in each of them. */
@ConfigurationProperties("equicity.ui")
public record UiSettings(List<String> languages) {

    /**
     * Every language the message bundles are written in, the first being the one read when nothing else fits. The
     * switcher, the person's language, mails and PDFs offer these; {@code equicity.ui.languages} may offer fewer.
     */
    public static final List<String> OFFERED =
            List.of("en", "de", "fr", "es", "it", "el", "hu", "sv", "nl", "pt", "pl");

    public UiSettings(@Nullable List<String> languages) {
        this.languages = languages == null ? OFFERED : List.copyOf(languages);
        if (this.languages.isEmpty()) {
            throw new IllegalArgumentException("equicity.ui.languages must name at least one language");
        }
    }

    public boolean supports(Locale locale) {
        return locale != null && languages.contains(locale.getLanguage());
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(languages.get(0));
    }
}
