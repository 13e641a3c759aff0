package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.equicity.EventsSettled;
import org.equicity.city.Cities;
import org.equicity.city.CityProfileChanged;
import org.equicity.shared.CityId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several people save the same new text at once (a double click, two editors of one commitment): every save is
 * recorded and nothing waits for a restart to be handed in again.
 */
@Tag("database")
class SavedTextsRaceTests extends TranslationTestContext {

    static final int SAVES = 8;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EventPublicationRegistry publications;

    @Autowired
    Translations translations;

    @Test
    void textsOfANewFieldSavedAtOnceAreAllRecordedWithoutAFailedPublication() throws Exception {
        var city = new CityId(UUID.randomUUID());
        var field = new FieldRef("practice", UUID.randomUUID(), "description");
        var saves = new ArrayList<Callable<Void>>();
        for (int i = 0; i < SAVES; i++) {
            var text = "Saved by editor " + i;
            saves.add(() -> {
                transactions.executeWithoutResult(
                        status -> events.publishEvent(TextsSaved.of(city, "en", Map.of(field, text))));
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(SAVES);
        try {
            for (var save : pool.invokeAll(saves)) {
                save.get();
            }
        } finally {
            pool.shutdown();
        }

        EventsSettled.await(publications);

        assertThat(publications.findIncompletePublications())
                .noneMatch(publication -> publication.getEvent() instanceof TextsSaved saved
                        && saved.texts().stream().anyMatch(text -> text.field().equals(field)));
        assertThat(translations.read(field, "en").status()).isEqualTo(Translations.ReadingStatus.ORIGINAL);
    }

    @Test
    void profileTextsOfACitySavedAtOnceAreAllRecordedWithoutAFailedPublication() throws Exception {
        var city = new CityId(UUID.randomUUID());
        var saves = new ArrayList<Callable<Void>>();
        for (int i = 0; i < SAVES; i++) {
            var text = "Profile saved by coordinator " + i;
            saves.add(() -> {
                transactions.executeWithoutResult(
                        status -> events.publishEvent(new CityProfileChanged(city, "en", Map.of("summary", text))));
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(SAVES);
        try {
            for (var save : pool.invokeAll(saves)) {
                save.get();
            }
        } finally {
            pool.shutdown();
        }

        EventsSettled.await(publications);

        assertThat(publications.findIncompletePublications())
                .noneMatch(publication -> publication.getEvent() instanceof CityProfileChanged changed
                        && changed.city().equals(city));
        var field = new FieldRef(Cities.TRANSLATION_OWNER, city.value(), "summary");
        assertThat(translations.read(field, "en").status()).isEqualTo(Translations.ReadingStatus.ORIGINAL);
    }
}
