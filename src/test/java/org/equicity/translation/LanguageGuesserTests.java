package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageGuesserTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "en|The city council adopted the plan against racism and will report on its progress every year.",
                "de|Die Stadt unterstützt Vereine, die sich gegen Rassismus und Diskriminierung auf dem Wohnungsmarkt einsetzen.",
                "fr|La ville forme les agents de l'accueil à la lutte contre les discriminations dans les services publics.",
                "es|La ciudad publica su plan contra el racismo y lo presenta a los vecinos en todos los barrios.",
                "it|Il comune promuove la formazione del personale per prevenire le discriminazioni nei servizi pubblici.",
                "nl|De gemeente ondersteunt organisaties die zich inzetten tegen racisme en discriminatie op de arbeidsmarkt.",
                "sv|Staden stödjer föreningar som arbetar mot rasism och diskriminering på bostadsmarknaden och i skolan.",
                "ca|La ciutat publica el seu pla contra el racisme i el presenta als veïns de tots els barris amb els seus socis.",
                "pt|A cidade publica o seu plano contra o racismo e apresenta-o aos moradores de todos os bairros da região."
            })
    void recognisesRealisticSentencesOfEachLanguage(String language, String sentence) {
        assertThat(LanguageGuesser.guess(sentence)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Plan de acción 2025",
                "Formación del personal municipal",
                "Antirassismus-Training für Verwaltung",
                "ECCAR 10-Point Plan of Action",
                "Barcelona, Berlin, Bologna, Lyon, Malmö, Utrecht, Lisboa, Girona",
                ""
            })
    void saysNothingAboutShortOrAmbiguousText(String text) {
        assertThat(LanguageGuesser.guess(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSpanishTextRecordedAsGermanContradictsItAndAGermanOneDoesNot() {
        var spanish = "El ayuntamiento ofrece cursos de formación contra la discriminación para todo su personal.";
        var german =
                "Die Stadtverwaltung bietet allen Beschäftigten Fortbildungen gegen Diskriminierung an und wertet sie aus.";

        assertThat(LanguageGuesser.contradicts(spanish, "de")).contains("es");
        assertThat(LanguageGuesser.contradicts(german, "de")).isEmpty();
        assertThat(LanguageGuesser.contradicts(spanish, "es")).isEmpty();
        assertThat(LanguageGuesser.contradicts(spanish, "eu"))
                .as("a language it cannot recognise")
                .isEmpty();
    }
}
