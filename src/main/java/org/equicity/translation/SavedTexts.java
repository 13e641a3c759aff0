package org.equicity.translation;

import org.equicity.city.Cities;
import org.equicity.city.CityProfileChanged;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Records the texts that the owning modules announce as saved, once their save has committed, in a transaction of
 * its own. A failure leaves the event publication incomplete, and it is handed in again on the next start, so a
 * saved text is never lost to the archive, and never makes its save fail.
 */
@Component
class SavedTexts {

    /** More than the saves of one field that ever meet; the publication is handed in again on restart beyond it. */
    private static final int MAX_ATTEMPTS = 20;

    private final Translations translations;

    SavedTexts(Translations translations) {
        this.translations = translations;
    }

    /**
     * Runs without a transaction of its own so that {@link Translations#textsSaved} commits in one and a lost race is
     * tried again: saves of one field handled at once both insert its source (the unique key turns one away) or both
     * change it (its version turns one away). Each round one of them commits, so the others soon find the row as it
     * now is and record their text as a change.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(TextsSaved event) {
        untilOneWins(() -> record(event));
    }

    private static void untilOneWins(Runnable record) {
        for (int attempt = 1; ; attempt++) {
            try {
                record.run();
                return;
            } catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
                if (attempt == MAX_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    private void record(TextsSaved event) {
        if (event.city() != null) {
            translations.textsSaved(event.city(), event.language(), event.byField());
        } else {
            translations.textsSaved(event.network(), event.language(), event.byField());
        }
    }

    /**
     * A city's profile texts are translated like any content: the city module cannot publish {@link TextsSaved}
     * itself, as this module depends on it (through the networks a city belongs to). Two profile saves at once race
     * like any other texts.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(CityProfileChanged event) {
        untilOneWins(() -> translations.textsSaved(
                event.city(),
                event.language(),
                FieldRef.of(Cities.TRANSLATION_OWNER, event.city().value(), event.texts())));
    }
}
