package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.equicity.translation.Translations.QueryMeans;
import org.equicity.translation.Translations.QueryWord;
import org.equicity.translation.Translations.QueryWordKind;
import org.junit.jupiter.api.Test;

/**
 * A researcher searches in their own language where no engine translates it: each word of the query reaches the
 * English archive through its senses in Debian's FreeDict dictionaries, compounds are split into known words, and
 * names and quoted phrases are kept as typed.
 */
@FreeDictInstalled.Required
class QueryTranslationTests {

    private static final QueryTranslator TRANSLATOR = new QueryTranslator(
            new LanguageDetection(List.of("en", "de", "fr", "es", "it", "nl", "sv", "ca", "pt", "pl"), true),
            new EngineRouter(EngineRouterTests.settings(Map.of()), Clock.systemUTC()),
            new FreeDictDictionaries());

    private static QueryWord word(Translations.QueryTranslation query, String typed) {
        return query.words().stream()
                .filter(word -> word.typed().equalsIgnoreCase(typed))
                .findFirst()
                .orElseThrow(() -> new AssertionError(typed + " not among " + query.words()));
    }

    @Test
    void germanQueryWordsGetTheirEnglishSenses() {
        var query = TRANSLATOR.translate("Diskriminierung beim Zugang zu Wohnungen", "de");

        assertThat(query.means()).isEqualTo(QueryMeans.DICTIONARY);
        assertThat(query.typed()).isEqualTo("Diskriminierung beim Zugang zu Wohnungen");
        assertThat(query.language()).isEqualTo("de");
        assertThat(word(query, "Diskriminierung").senses()).contains("discrimination");
        assertThat(word(query, "Zugang").senses()).contains("access");
        assertThat(word(query, "Wohnungen").senses()).anyMatch(sense -> sense.contains("flat"));
    }

    @Test
    void aCompoundUnknownAsAWholeIsSplitIntoKnownWords() {
        var query = TRANSLATOR.translate("Bürgerhaushalt", "de");

        assertThat(query.words()).extracting(QueryWord::typed).containsExactly("bürger", "haushalt");
        assertThat(query.words()).allSatisfy(part -> {
            assertThat(part.kind()).isEqualTo(QueryWordKind.COMPOUND_PART);
            assertThat(part.compound()).isEqualTo("Bürgerhaushalt");
        });
        assertThat(query.words().get(0).senses()).contains("citizen");
        assertThat(query.words().get(1).senses()).contains("budget", "household");
    }

    @Test
    void aGermanFeminineFormIsLookedUpAsTheDictionaryListsIt() {
        var query = TRANSLATOR.translate("Migrantinnen und Mediatorinnen", "de");

        assertThat(word(query, "Migrantinnen").kind()).isEqualTo(QueryWordKind.WORD);
        assertThat(word(query, "Migrantinnen").senses()).contains("migrant");
        assertThat(word(query, "Mediatorinnen").senses()).isNotEmpty();
    }

    @Test
    void frenchItalianAndDutchWordsReachEnglishToo() {
        assertThat(word(TRANSLATOR.translate("logement", "fr"), "logement").senses())
                .contains("accommodation", "dwelling");
        assertThat(word(TRANSLATOR.translate("alloggio", "it"), "alloggio").senses())
                .contains("accommodation");
        assertThat(word(TRANSLATOR.translate("huisvesting", "nl"), "huisvesting")
                        .senses())
                .contains("accommodation");
        assertThat(word(TRANSLATOR.translate("discriminatie", "nl"), "discriminatie")
                        .senses())
                .containsExactly("discrimination");
    }

    @Test
    void namesAndQuotedPhrasesAreKeptAsTyped() {
        var query = TRANSLATOR.translate("mediatori culturali per i Rom a \"Villa Ejemplo\"", "it");

        assertThat(word(query, "Rom").kind()).isEqualTo(QueryWordKind.NAME);
        assertThat(word(query, "Rom").senses()).isEmpty();
        assertThat(word(query, "Villa Ejemplo").kind()).isEqualTo(QueryWordKind.PHRASE);
        assertThat(word(query, "culturali").kind()).isEqualTo(QueryWordKind.WORD);
        assertThat(TRANSLATOR.translate("Projekte der ECCAR in Städten", "de").words())
                .filteredOn(w -> w.typed().equals("ECCAR"))
                .singleElement()
                .extracting(QueryWord::kind)
                .isEqualTo(QueryWordKind.NAME);
    }

    @Test
    void aQueryTooShortToTellIsSearchedInTheReadersLanguageAndAsTyped() {
        var query = TRANSLATOR.translate("Rom", "nl");

        assertThat(query.language()).isEqualTo("nl");
        assertThat(query.detected()).isFalse();
        assertThat(query.typed()).isEqualTo("Rom");
    }

    @Test
    void anEnglishQueryStaysAsTypedWhateverTheReadersLanguage() {
        var query = TRANSLATOR.translate("access to housing for refugees", "de");

        assertThat(query.language()).isEqualTo("en");
        assertThat(query.means()).isEqualTo(QueryMeans.AS_TYPED);
        assertThat(query.translated()).isFalse();
    }

    @Test
    void aGermanQueryOfAnEnglishReaderIsTranslatedFromGerman() {
        var query = TRANSLATOR.translate("Wohnen", "en");

        assertThat(query.language()).isEqualTo("de");
        assertThat(query.detected()).isTrue();
        assertThat(query.means()).isEqualTo(QueryMeans.DICTIONARY);
        assertThat(query.words().get(0).senses()).contains("living", "housing");
    }

    @Test
    void swedishPolishAndPortugueseWordsFindTheirHeadwordThroughTheirEndings() {
        assertThat(TRANSLATOR.translate("bostadsmarknaden", "sv").words())
                .extracting(QueryWord::typed)
                .containsExactly("bostad", "marknad");
        assertThat(word(TRANSLATOR.translate("dyskryminacja", "pl"), "dyskryminacja")
                        .senses())
                .as("the Polish explanation is no sense")
                .containsExactly("discrimination");
        assertThat(word(TRANSLATOR.translate("mieszkania", "pl"), "mieszkania").senses())
                .contains("apartment", "flat");
        assertThat(word(TRANSLATOR.translate("mulheres", "pt"), "mulheres").senses())
                .contains("woman");
    }
}
