package org.equicity.shared;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The languages the interface is offered in; every message bundle must exist in each of them. */
@ConfigurationProperties("equicity.ui")
public record UiSettings(
        @DefaultValue({"en", "de", "fr", "es", "it"}) List<String> languages) {

    public UiSettings {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
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
