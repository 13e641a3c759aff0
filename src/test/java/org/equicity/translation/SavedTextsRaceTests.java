package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
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
        publishAtOnce(i -> TextsSaved.of(city, "en", Map.of(field, "Saved by editor " + i)));

        assertThat(publications.findIncompletePublications())
                .noneMatch(publication -> publication.getEvent() instanceof TextsSaved saved
                        && saved.texts().stream().anyMatch(text -> text.field().equals(field)));
        assertThat(translations.read(field, "en").status()).isEqualTo(Translations.ReadingStatus.ORIGINAL);
    }

    @Test
    void profileTextsOfACitySavedAtOnceAreAllRecordedWithoutAFailedPublication() throws Exception {
        var city = new CityId(UUID.randomUUID());
        publishAtOnce(i -> new CityProfileChanged(city, "en", Map.of("summary", "Profile saved by coordinator " + i)));

        assertThat(publications.findIncompletePublications())
                .noneMatch(publication -> publication.getEvent() instanceof CityProfileChanged changed
                        && changed.city().equals(city));
        var field = new FieldRef(Cities.TRANSLATION_OWNER, city.value(), "summary");
        assertThat(translations.read(field, "en").status()).isEqualTo(Translations.ReadingStatus.ORIGINAL);
    }

    /** Publishes the i-th event of {@link #SAVES} each in its own transaction, all at once, and waits for them. */
    private void publishAtOnce(IntFunction<Object> event) throws Exception {
        var saves = new ArrayList<Callable<Void>>();
        for (int i = 0; i < SAVES; i++) {
            var published = event.apply(i);
            saves.add(() -> {
                transactions.executeWithoutResult(status -> events.publishEvent(published));
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
    }
}
