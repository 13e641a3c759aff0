package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which language a text is written in decides which language it is translated from and analysed in: a writer who
 * picked the wrong one is warned, and a searcher's query is translated from the language it is written in.
 */
class LanguageDetectionTests {

    static final List<String> SERVED = List.of("en", "de", "fr", "es", "it", "nl", "sv", "ca", "pt", "pl");

    /** As installed by default: every n-gram length. */
    static final LanguageDetection DETECTION = new LanguageDetection(SERVED, true);

    /** Trigram models only, for an installation short of memory. */
    static final LanguageDetection LOW_ACCURACY = new LanguageDetection(SERVED, false);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|The city council adopted the plan against racism and will report on its progress every year.",
                "en|Victims of discrimination can get free legal advice at the municipal anti-discrimination office.",
                "de|Die Stadt unterstützt Vereine, die sich gegen Rassismus und Diskriminierung auf dem Wohnungsmarkt einsetzen.",
                "de|Beschäftigte der Verwaltung werden jedes Jahr in interkultureller Kompetenz geschult.",
                "fr|La ville forme les agents de l'accueil à la lutte contre les discriminations dans les services publics.",
                "fr|Un observatoire local recueille les signalements de discrimination à l'embauche et au logement.",
                "es|La ciudad publica su plan contra el racismo y lo presenta a los vecinos en todos los barrios.",
                "es|Las víctimas de discriminación reciben asesoramiento jurídico gratuito en la oficina municipal.",
                "it|Il comune promuove la formazione del personale per prevenire le discriminazioni nei servizi pubblici.",
                "it|I mediatori culturali accompagnano le famiglie rom nell'accesso alla scuola e alla sanità.",
                "nl|De gemeente ondersteunt organisaties die zich inzetten tegen racisme en discriminatie op de arbeidsmarkt.",
                "nl|Bewoners kunnen discriminatie melden bij het antidiscriminatiebureau van de gemeente.",
                "sv|Staden stödjer föreningar som arbetar mot rasism och diskriminering på bostadsmarknaden och i skolan.",
                "sv|Kommunen utbildar sina anställda i mänskliga rättigheter och likabehandling varje år.",
                "ca|La ciutat publica el seu pla contra el racisme i el presenta als veïns de tots els barris amb els seus socis.",
                "ca|L'ajuntament ofereix assessorament jurídic gratuït a les víctimes de discriminació.",
                "pt|A cidade publica o seu plano contra o racismo e apresenta-o aos moradores de todos os bairros da região.",
                "pt|As vítimas de discriminação recebem aconselhamento jurídico gratuito no gabinete municipal.",
                "pl|Miasto wspiera organizacje pozarządowe, które przeciwdziałają dyskryminacji na rynku pracy.",
                "pl|Urzędnicy miejscy co roku uczestniczą w szkoleniach z zakresu praw człowieka."
            })
    void recognisesRealSentencesOfEachLanguage(String language, String sentence) {
        assertThat(DETECTION.detect(sentence)).contains(language);
        assertThat(LOW_ACCURACY.detect(sentence))
                .as("trigrams alone may not tell a sentence, but never name the wrong language")
                .satisfiesAnyOf(
                        detected -> assertThat(detected).contains(language),
                        detected -> assertThat(detected).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Plan de acción 2025",
                "Antirassismus-Training für Verwaltung",
                "ECCAR",
                "",
                "Barcelona, Berlin, Bologna, Lyon, Malmö, Utrecht, Lisboa, Girona"
            })
    void saysNothingAboutTextsTooShortToJudge(String text) {
        assertThat(DETECTION.detect(text)).isEmpty();
    }

    @Test
    void aSpanishTextRecordedAsGermanContradictsItAndAGermanOneDoesNot() {
        var spanish = "El ayuntamiento ofrece cursos de formación contra la discriminación para todo su personal.";
        var german =
                "Die Stadtverwaltung bietet allen Beschäftigten Fortbildungen gegen Diskriminierung an und wertet sie aus.";

        assertThat(DETECTION.contradicts(spanish, "de")).contains("es");
        assertThat(DETECTION.contradicts(german, "de")).isEmpty();
        assertThat(DETECTION.contradicts(spanish, "es")).isEmpty();
        assertThat(DETECTION.contradicts(spanish, "eu"))
                .as("a language the installation does not detect")
                .isEmpty();
    }

    @Test
    void aQueryIsReadInTheLanguageItIsWrittenIn() {
        assertThat(DETECTION.detectQuery("discrimination dans le logement social", "en"))
                .contains("fr");
        assertThat(DETECTION.detectQuery("housing", "de")).contains("en");
        assertThat(DETECTION.detectQuery("Wohnen", "en")).contains("de");
        assertThat(DETECTION.detectQuery("participación ciudadana", "fr")).contains("es");
        assertThat(DETECTION.detectQuery("mediatori culturali", "en")).contains("it");
        assertThat(LOW_ACCURACY.detectQuery("mediatori culturali", "en"))
                .as("a two-word query trigrams cannot place is read in the reader's language and as typed")
                .isEmpty();
    }

    @Test
    void aQueryTooShortToTellOrAsLikelyInTheReadersLanguageIsReadInIt() {
        assertThat(DETECTION.detectQuery("EU", "de")).isEmpty();
        assertThat(DETECTION.detectQuery("Roma", "it")).isEmpty();
        assertThat(DETECTION.detectQuery("racism", "es")).contains("es");
    }

    @Test
    void onlyTheLanguagesServedAreLoaded() {
        assertThat(new LanguageDetection(List.of("en", "de", "xx"), false).languages())
                .containsExactlyInAnyOrder("en", "de");
    }
}
