package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.equicity.shared.UiSettings;
import org.junit.jupiter.api.Test;

/** The domain thesaurus speaks every interface language, so that a query in any of them meets its near words. */
class ThesaurusTests {

    final Thesaurus thesaurus = new Thesaurus(new QueryAnalysis());

    @Test
    void everyConceptHasWordsInEachOfTheElevenInterfaceLanguages() {
        assertThat(UiSettings.OFFERED).hasSize(11);
        assertThat(thesaurus.all()).hasSizeGreaterThanOrEqualTo(150).allSatisfy(concept -> {
            for (var language : UiSettings.OFFERED) {
                assertThat(concept.in(language))
                        .as("words of %s in %s", concept.id(), language)
                        .isNotEmpty()
                        .allSatisfy(word -> assertThat(word).isNotBlank());
            }
        });
    }

    @Test
    void aWordOfALanguageWithoutAnalyserOfItsOwnNamesItsConceptAndIsSoughtInTheOtherField() {
        var polish = thesaurus.concepts("mieszkania socjalne");
        assertThat(polish).extracting(Thesaurus.Concept::id).contains("social-housing");
        var concept = polish.stream()
                .filter(named -> named.id().equals("social-housing"))
                .findFirst()
                .orElseThrow();
        assertThat(concept.inFieldsOf(LanguageFields.OTHER)).contains("habitação social", "κοινωνική κατοικία");
        assertThat(concept.inFieldsOf("nl")).contains("sociale huurwoningen");
        assertThat(thesaurus.concepts("huisvesting"))
                .extracting(Thesaurus.Concept::id)
                .contains("housing");
    }
}
