package org.equicity.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts read as the language says them, in English "1 result" but "5 results", in Polish "2 wyniki" and "5 wyników". */
class IcuMessageSourceTests {

    static final Locale POLISH = Locale.forLanguageTag("pl");

    final IcuMessageSource messages =
            source("messages/search", "messages/indicator", "messages/selfassessment", "icu-plurals/count");

    @Test
    void aCountOfOneAndOfFiveReadRightInEnglish() {
        assertThat(messages.getMessage("search.results", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("1 result");
        assertThat(messages.getMessage("search.results", new Object[] {5}, Locale.ENGLISH))
                .isEqualTo("5 results");
        assertThat(messages.getMessage("search.results", new Object[] {0}, Locale.ENGLISH))
                .isEqualTo("No results");
        assertThat(messages.getMessage("indicator.import.summary", new Object[] {1, 5, 1}, Locale.ENGLISH))
                .isEqualTo("1 row, 5 periods, 1 problem.");
    }

    @Test
    void aCountOfOneAndOfFiveReadRightInPolish() {
        assertThat(messages.getMessage("plural.results", new Object[] {1}, POLISH))
                .isEqualTo("1 wynik");
        assertThat(messages.getMessage("plural.results", new Object[] {2}, POLISH))
                .isEqualTo("2 wyniki");
        assertThat(messages.getMessage("plural.results", new Object[] {5}, POLISH))
                .isEqualTo("5 wyników");
        assertThat(messages.getMessage("plural.results", new Object[] {22}, POLISH))
                .isEqualTo("22 wyniki");
    }

    @Test
    void theShippedPolishTextsCountOneTwoFiveAndTwentyTwoAsPolishDoes() {
        assertThat(messages.getMessage("search.results", new Object[] {1}, POLISH))
                .isEqualTo("1 wynik");
        assertThat(messages.getMessage("search.results", new Object[] {2}, POLISH))
                .isEqualTo("2 wyniki");
        assertThat(messages.getMessage("search.results", new Object[] {5}, POLISH))
                .isEqualTo("5 wyników");
        assertThat(messages.getMessage("search.results", new Object[] {22}, POLISH))
                .isEqualTo("22 wyniki");
        assertThat(messages.getMessage("indicator.import.summary", new Object[] {1, 2, 5}, POLISH))
                .isEqualTo("1 wiersz, 2 okresy, 5 problemów.");
        assertThat(messages.getMessage("indicator.import.summary", new Object[] {22, 5, 1}, POLISH))
                .isEqualTo("22 wiersze, 5 okresów, 1 problem.");
        assertThat(messages.getMessage("indicator.import.problems", new Object[] {22}, POLISH))
                .isEqualTo("Arkusz nadal zawiera 22 problemy: nic nie zostało zaimportowane.");
    }

    @Test
    void aDoubledApostropheIsOneAndADateIsWrittenTheReadersWay() {
        assertThat(messages.getMessage("indicator.import.problems", new Object[] {1}, Locale.FRENCH))
                .isEqualTo("Le tableur a encore 1 problème : rien n'a été importé.");
        assertThat(messages.getMessage("selfassessment.rule.unjudged", new Object[] {1L}, Locale.FRENCH))
                .isEqualTo("1 facteur clé n'est pas encore évalué.");
        var day = LocalDate.of(2026, 12, 7);
        assertThat(messages.getMessage("indicator.grid.title", new Object[] {"Housing", day}, Locale.ENGLISH))
                .isEqualTo("Housing: figures for Dec 7, 2026");
        assertThat(messages.getMessage("indicator.grid.title", new Object[] {"Wohnen", day}, Locale.GERMAN))
                .endsWith("07.12.2026");
        assertThat(messages.getMessage("indicator.grid.title", new Object[] {"Vivienda", day}, new Locale("es")))
                .endsWith("7 dic 2026");
        assertThat(messages.getMessage("indicator.grid.title", new Object[] {"Housing", Instant.EPOCH}, Locale.ENGLISH))
                .startsWith("Housing: figures for Jan 1, 1970")
                .endsWith("UTC");
    }

    private static IcuMessageSource source(String... basenames) {
        var source = new IcuMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
