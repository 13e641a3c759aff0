package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
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
    void aWordOfALanguageWithoutAnalyserOfItsOwnNamesItsConcept() {
        var polish = thesaurus.concepts("mieszkania socjalne");
        assertThat(polish).extracting(Thesaurus.Concept::id).contains("social-housing");
        assertThat(thesaurus.concepts("huisvesting"))
                .extracting(Thesaurus.Concept::id)
                .contains("housing");
    }

    @Test
    void aTextIsIndexedWithTheConceptsItsWordsNameInTheRulesOfItsLanguage() {
        var named = new TreeSet<String>();
        thesaurus.conceptsIn("de", "Die Stadt baut neue Sozialwohnungen für Familien.", named);
        assertThat(named).contains("social-housing");

        var portuguese = new TreeSet<String>();
        thesaurus.conceptsIn(LanguageFields.OTHER, "O município amplia a habitação social.", portuguese);
        assertThat(portuguese).contains("social-housing");

        var none = new TreeSet<String>();
        thesaurus.conceptsIn("en", "The committee met on Tuesday.", none);
        assertThat(none).doesNotContain("social-housing", "housing");
    }
}
