package org.equicity.translation;

import org.equicity.city.Cities;
import org.equicity.city.CityProfileChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A city's profile texts are translated like any content: the city module cannot report them itself, as this module
 * depends on it (through the networks a city belongs to).
 */
@Component
class CityProfileTexts {

    private final Translations translations;

    CityProfileTexts(Translations translations) {
        this.translations = translations;
    }

    @EventListener
    void on(CityProfileChanged event) {
        translations.textsSaved(
                event.city(),
                event.language(),
                FieldRef.of(Cities.TRANSLATION_OWNER, event.city().value(), event.texts()));
    }
}
