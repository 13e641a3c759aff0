package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.equicity.practice.PracticeFixtures;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What people type finds what they mean (issue 12): stop words never empty a result, a practice is found by the
 * labels of its framework items in every language, near words meet, and facets and hits speak the reader's
 * language. Only the API is asked, so that the same assertions hold on every search backend.
 */
class SearchWordsTests extends SearchTestContext {

    @Autowired
    Practices practices;

    PracticeId designated(ReportFixtures fixtures, String language, String title, String text, Classification tags) {
        var content = new PracticeContent(language, PracticeFixtures.template(title, List.of(), "2024", text), tags);
        var id = as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content)));
        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.designate(id);
        });
        return id;
    }

    JsonNode api(ReportFixtures fixtures, String query, String language) throws Exception {
        return search(query, fixtures.city().slug(), request -> request.param("lang", language));
    }

    @Test
    void aStopWordNeverEmptiesAResultInAnyLanguage() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, "en", "Access law clinic", "Lawyers advise on access law.", Classification.none());
        designated(fixtures, "de", "Roma-Mediatorinnen", "Mediatorinnen begleiten Familien.", Classification.none());

        assertThat(titles(api(fixtures, "access to the law", "en"))).containsExactly("Access law clinic");
        assertThat(titles(api(fixtures, "Roma für", "de"))).containsExactly("Roma-Mediatorinnen");
        assertThat(titles(api(fixtures, "access -clinic", "en"))).doesNotContain("Access law clinic");
        assertThat(titles(api(fixtures, "access -the", "en")))
                .as("excluding a stop word excludes nothing")
                .containsExactly("Access law clinic");
        assertThat(titles(api(fixtures, "the", "en")))
                .as("a query of stop words only asks nothing of the texts whose language drops them")
                .isEmpty();
    }

    @Test
    void aWordExcludedIsNotTranslatedIntoAWordTheEnglishMustHold() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, "en", "Garden volunteers", "Neighbours plant vegetables.", Classification.none());

        var results = api(fixtures, "Garten -Kaffee", "de");

        assertThat(results.path("translatedQuery").asString())
                .contains("Garten")
                .doesNotContain("Kaffee");
    }

    @Test
    void aPracticeIsFoundByItsFrameworkLabelsInEveryLanguage() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(
                fixtures,
                "es",
                "Sorteo público",
                "La ciudad adjudica pisos por sorteo.",
                new Classification("7", "enforcement", List.of(), 2024));
        designated(fixtures, "es", "Otra práctica", "Nada que ver.", Classification.none());

        for (var query :
                List.of("housing", "Wohnraum", "logement", "vivienda", "abitazione", "Durchsetzung", "fair access")) {
            assertThat(titles(api(fixtures, query, "en"))).as(query).containsExactly("Sorteo público");
        }
    }

    @Test
    void nearWordsMeetAcrossLanguagesWeighedBelowTheWordsTyped() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, "en", "Mentoring for women", "Businesswomen mentor women.", Classification.none());
        designated(fixtures, "de", "Beratung für Frauen", "Frauen werden beraten.", Classification.none());
        designated(fixtures, "en", "Female founders' network", "A female network.", Classification.none());

        var found = titles(api(fixtures, "female", "en"));

        assertThat(found)
                .containsExactlyInAnyOrder("Female founders' network", "Mentoring for women", "Beratung für Frauen");
        assertThat(found.get(0)).as("the word typed counts most").isEqualTo("Female founders' network");
    }

    @Test
    void facetsAndHitsSpeakTheReadersLanguage() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(
                fixtures,
                "en",
                "Fair letting",
                "Homes are let fairly.",
                new Classification("7", "information-advice", List.of("housing"), 2024));

        var results = api(fixtures, "", "de");

        // The fixtures' plan brings its own commitment.
        assertThat(labels(results, "COMMITMENT")).contains("Gerechter Zugang zu Wohnraum");
        assertThat(labels(results, "TRACK")).contains("Information und Beratung");
        assertThat(labels(results, "FIELD")).contains("Wohnen");
        assertThat(results.path("facets")
                        .path("COMMITMENT")
                        .valueStream()
                        .filter(value -> value.path("label").asString().equals("Gerechter Zugang zu Wohnraum"))
                        .map(value -> value.path("value").asString()))
                .as("filtered by the value the index holds")
                .containsExactly("Fair Access to Housing");
        assertThat(results.path("hits").get(0).path("country").asString()).isEqualTo("AT");

        var page = mvc.perform(
                        get("/search").param("city", fixtures.city().slug()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Gerechter Zugang zu Wohnraum", "<h3>Handlungsstrang</h3>", "<h3>Handlungsfeld</h3>")
                .contains("<span class=\"country\">Österreich</span>");
    }

    @Test
    void whatNothingHoldsAsTypedIsSoughtInNearSpellingsAndSomeOfTheWords() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, "en", "Neighbourhood organisations", "Tenants organise.", Classification.none());
        designated(fixtures, "en", "Neighbours' café", "Coffee with neighbours.", Classification.none());

        var american = api(fixtures, "neighborhood organization", "en");
        assertThat(titles(american)).containsExactly("Neighbourhood organisations");
        assertThat(american.path("loosened").asBoolean()).isTrue();
        assertThat(titles(api(fixtures, "neighbourhod", "en"))).contains("Neighbourhood organisations");

        assertThat(titles(api(fixtures, "neighborhood organization rules", "en")))
                .as("nothing holds every word: what holds some of them")
                .containsExactly("Neighbourhood organisations");

        var asTyped = api(fixtures, "neighbours", "en");
        assertThat(titles(asTyped))
                .as("a word found as typed is not also sought in near spellings")
                .containsExactly("Neighbours' café");
        assertThat(asTyped.path("loosened").asBoolean()).isFalse();

        var page = mvc.perform(get("/search")
                        .param("q", "neighborhood")
                        .param("city", fixtures.city().slug())
                        .header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ähnlich geschriebene Wörter", "Neighbourhood organisations");
    }

    @Test
    void germanCompoundsMeetTheWordsTheyAreMadeOf() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(
                fixtures, "de", "Faire Vergabe von Sozialwohnungen", "Ein Punktesystem gilt.", Classification.none());
        designated(fixtures, "de", "Beratung zum Wohnungsmarkt", "Mieter erhalten Hilfe.", Classification.none());
        designated(fixtures, "de", "Sprachcafé", "Nachbarn treffen sich.", Classification.none());

        assertThat(titles(api(fixtures, "Wohnungen", "de")))
                .containsExactlyInAnyOrder("Faire Vergabe von Sozialwohnungen", "Beratung zum Wohnungsmarkt");
        assertThat(titles(api(fixtures, "Sozialwohnung", "de"))).first().isEqualTo("Faire Vergabe von Sozialwohnungen");
        var market = api(fixtures, "Wohnungsmarkt", "de");
        assertThat(titles(market)).first().isEqualTo("Beratung zum Wohnungsmarkt");
        assertThat(titles(market)).contains("Faire Vergabe von Sozialwohnungen").doesNotContain("Sprachcafé");
        assertThat(market.path("loosened").asBoolean())
                .as("found as typed, not by near spellings")
                .isFalse();
    }

    @Test
    void aMatchInTheTitleWeighsMoreThanOneInTheText() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, "en", "Youth centre evenings", "Volunteers offer mediation.", Classification.none());
        designated(
                fixtures,
                "en",
                "Mediation in schools",
                "Trained pupils settle conflicts between classmates in the playground and in class, with teachers and"
                        + " parents standing by when a conflict grows.",
                Classification.none());

        assertThat(titles(api(fixtures, "mediation", "en")))
                .containsExactly("Mediation in schools", "Youth centre evenings");
    }

    static List<String> labels(JsonNode results, String facet) {
        return results.path("facets")
                .path(facet)
                .valueStream()
                .map(value -> value.path("label").asString())
                .toList();
    }
}
