package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTests {

    final Snippets snippets = new Snippets();

    @Test
    void marksTheWordsOfTheQueryAsTheTextsLanguageInflectsThem() {
        var snippet = snippets.of(
                "de",
                "Die Stadt fördert Sprachkurse. Alle Schulen der Stadt bieten Beratung gegen Diskriminierung an.",
                null,
                "Schule",
                null);

        assertThat(snippet.html()).contains("Alle <mark>Schulen</mark> der Stadt");
        assertThat(snippet.archive()).isFalse();
    }

    @Test
    void escapesTheTextAndMarksOnlyWhatThePhraseMatches() {
        var snippet = snippets.of(
                "en",
                "Training <b>for</b> staff: anti-racism training & equal treatment.",
                null,
                "\"equal treatment\"",
                null);

        assertThat(snippet.html())
                .contains("&lt;b&gt;for&lt;&#x2F;b&gt;")
                .contains("&amp;")
                .contains("<mark>equal treatment</mark>")
                .doesNotContain("<b>");
    }

    @Test
    void excludedWordsAreNotMarked() {
        var snippet = snippets.of("en", "Housing advice for families and housing fairs.", null, "advice -fairs", null);

        assertThat(snippet.html()).contains("<mark>advice</mark>").doesNotContain("<mark>fairs</mark>");
    }

    @Test
    void takesTheEnglishArchiveWhenTheOriginalDoesNotMatchTheTranslatedQuery() {
        var snippet = snippets.of(
                "es",
                "Formación contra el racismo para el personal municipal.",
                "Training against racism for municipal staff.",
                "training",
                null);

        assertThat(snippet.archive()).isTrue();
        assertThat(snippet.html()).contains("<mark>Training</mark>");

        var byTranslation = snippets.of(
                "es",
                "Formación contra el racismo para el personal municipal.",
                "Training against racism for municipal staff.",
                "Schulung",
                "training");
        assertThat(byTranslation.html()).contains("<mark>Training</mark>");
    }

    @Test
    void nothingWhenNeitherTheTextNorItsArchiveContainsTheQuery() {
        assertThat(snippets.of("fr", "Un plan d'action.", "An action plan.", "zebra", null))
                .isNull();
        assertThat(snippets.of("fr", "Un plan d'action.", null, "", null)).isNull();
    }

    @Test
    void aLanguageWithoutItsOwnRulesIsReadPlainly() {
        var snippet = snippets.of("pl", "Plan działania przeciw rasizmowi.", null, "rasizmowi", null);

        assertThat(snippet.html()).contains("<mark>rasizmowi</mark>");
    }
}
