package org.equicity.translation;

import org.equicity.city.Cities;
import org.equicity.city.CityProfileChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records the texts that the owning modules announce as saved, once their save has committed, in a transaction of
 * its own. A failure leaves the event publication incomplete, and it is handed in again on the next start, so a
 * saved text is never lost to the archive, and never makes its save fail.
 */
@Component
class SavedTexts {

    private final Translations translations;

    SavedTexts(Translations translations) {
        this.translations = translations;
    }

    @ApplicationModuleListener
    void on(TextsSaved event) {
        if (event.city() != null) {
            translations.textsSaved(event.city(), event.language(), event.byField());
        } else {
            translations.textsSaved(event.network(), event.language(), event.byField());
        }
    }

    /**
     * A city's profile texts are translated like any content: the city module cannot publish {@link TextsSaved}
     * itself, as this module depends on it (through the networks a city belongs to).
     */
    @ApplicationModuleListener
    void on(CityProfileChanged event) {
        translations.textsSaved(
                event.city(),
                event.language(),
                FieldRef.of(Cities.TRANSLATION_OWNER, event.city().value(), event.texts()));
    }
}
