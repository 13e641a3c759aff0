package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.translation.Translations.QueryMeans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Debian has no Apertium pair between French (or Portuguese) and English, but pairs with Catalan on both sides:
 * their texts reach the English archive through Catalan, with real Apertium translations at each step, and the
 * stored translation says it was pivoted.
 */
@ApertiumServer.Required
class PivotTranslationTests extends TranslationTestContext {

    @Autowired
    Translations translations;

    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void apertiumSaysWhatItHas() {
        context.getBean(EngineRouter.class).refresh();
    }

    @Test
    void aFrenchTextIsTranslatedIntoEnglishThroughCatalanAndMarkedAsPivoted() {
        var field = new FieldRef("practice", UUID.randomUUID(), "description");
        transactions.executeWithoutResult(status -> translations.textsSaved(
                new CityId(UUID.randomUUID()),
                "fr",
                Map.of(field, "La ville lutte contre la discrimination dans le logement.")));

        runWorker(context, Instant.now());

        var english = translations.translation(field, "en").orElseThrow();
        assertThat(english.text()).isEqualTo("The city battles against the discrimination at the accommodation.");
        assertThat(english.engine()).isEqualTo("apertium");
        assertThat(english.engineVersion()).contains("fra-cat cat-eng");
        assertThat(english.pivot()).contains("ca");
        assertThat(translations.isPairAvailable("fr", "en")).isTrue();
    }

    @Test
    void apertiumFindsItsChainsInThePairsItReports() {
        var apertium = context.getBean(EngineRouter.class).engineFor("es", "en").orElseThrow();

        assertThat(apertium.pivot("fr", "en")).contains("ca");
        assertThat(apertium.pivot("it", "en")).contains("ca");
        assertThat(apertium.pivot("pt", "en")).contains("ca");
        assertThat(apertium.pivot("es", "en")).as("a direct pair").isEmpty();
        assertThat(apertium.supports("it", "en")).isTrue();
        assertThat(apertium.supports("de", "en")).as("no chain from German").isFalse();
    }

    @Test
    void aDirectPairIsNoPivot() {
        var field = new FieldRef("practice", UUID.randomUUID(), "title");
        transactions.executeWithoutResult(status ->
                translations.textsSaved(new CityId(UUID.randomUUID()), "es", Map.of(field, "La vivienda para todos.")));

        runWorker(context, Instant.now());

        assertThat(translations.translation(field, "en").orElseThrow().pivot()).isEmpty();
    }

    @Test
    void frenchAndPortugueseQueriesArePivotedAndKeepWhatWasTyped() {
        var french = translations.translateQuery("discrimination dans le logement social", "en");

        assertThat(french.language()).isEqualTo("fr");
        assertThat(french.detected()).isTrue();
        assertThat(french.means()).isEqualTo(QueryMeans.PIVOT);
        assertThat(french.english()).containsIgnoringCase("accommodation");
        assertThat(french.typed()).isEqualTo("discrimination dans le logement social");

        var portuguese = translations.translateQuery("acesso à habitação", "pt");
        assertThat(portuguese.means()).isEqualTo(QueryMeans.PIVOT);
        assertThat(portuguese.english()).isNotBlank();
    }

    @Test
    void whereTheRoutedEngineDoesNotAnswerTheDictionaryStillTranslatesTheQuery() {
        // Italian is routed to DeepL, which nobody answers for in these tests
        var italian = translations.translateQuery("alloggio per i rifugiati", "it");

        assertThat(italian.means()).isEqualTo(QueryMeans.DICTIONARY);
        assertThat(italian.words()).anySatisfy(word -> assertThat(word.senses()).contains("accommodation"));
    }
}
