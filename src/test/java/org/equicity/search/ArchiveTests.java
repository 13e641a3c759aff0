package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Origin;
import org.equicity.translation.Translations.Reading;
import org.equicity.translation.Translations.ReadingStatus;
import org.equicity.translation.Translations.Translation;
import org.junit.jupiter.api.Test;

class ArchiveTests {

    static final FieldRef TITLE = new FieldRef("practice", UUID.randomUUID(), "title");

    static Archive archive(ReadingStatus status, Origin origin) {
        var translation = origin == null
                ? null
                : new Translation(TITLE, "en", "Old title", origin, "apertium", "3", Instant.now(), "es", true);
        return Archive.of(
                Map.of(TITLE, "Título"), Map.of(TITLE, new Reading(TITLE, "en", "es", status, translation)), "es");
    }

    @Test
    void anOutdatedMachineTranslationIsRedoneAndSoAwaitedButAPersonsIsNot() {
        assertThat(archive(ReadingStatus.OUTDATED, Origin.MACHINE).pending()).isTrue();
        assertThat(archive(ReadingStatus.OUTDATED, Origin.HUMAN).pending()).isFalse();
        assertThat(archive(ReadingStatus.OUTDATED, Origin.HUMAN).text()).isEqualTo("Old title");
    }

    @Test
    void aTranslationOnItsWayIsAwaitedAndOneNoEngineMakesIsNot() {
        assertThat(archive(ReadingStatus.PENDING, null).pending()).isTrue();
        assertThat(archive(ReadingStatus.NO_ENGINE, null).pending()).isFalse();
        assertThat(archive(ReadingStatus.TRANSLATED, Origin.MACHINE).pending()).isFalse();
    }
}
