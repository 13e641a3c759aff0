package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.CreateCity;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentContent;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.plan.Responsibility;
import org.equicity.translation.ApertiumServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Search through the page and the API against real indexing: plans are saved through the plan module, which
 * reports the change; the index follows after commit. Shares the translation tests' context (Apertium for Spanish,
 * a LibreTranslate stand-in for German), and runs the translation worker when a test needs the English archive.
 */
@Tag("database")
class SearchTests extends SearchTestContext {

    @Autowired
    Plans plans;

    @Autowired
    Cities cities;

    record TestCity(CitySummary city, UserDetails coordinator) {}

    TestCity city(String language, String country) {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var slug = "search-" + UUID.randomUUID().toString().substring(0, 8);
        var city = PlanFixtures.as(
                admin, () -> cities.create(new CreateCity(slug, "City " + slug, country, 100_000L, List.of(language))));
        return new TestCity(city, TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id())));
    }

    /** A plan with one commitment and the given actions; adopted (public) unless {@code draft}. */
    PlanId plan(TestCity city, String title, boolean draft, List<ActionContent> actions) {
        return PlanFixtures.as(city.coordinator(), () -> {
            var plan = plans.create(new NewPlan(
                    city.city().id(),
                    new PlanDetails(title, 2025, 2028, null),
                    PlanFixtures.COMMITMENTS,
                    PlanFixtures.TRACKS,
                    null));
            var commitment = plans.addCommitment(plan, commitment());
            actions.forEach(action -> plans.addAction(plan, commitment, action));
            if (!draft) {
                plans.openConsultation(plan);
                plans.adopt(plan, PlanFixtures.DECISION);
            }
            return plan;
        });
    }

    static CommitmentContent commitment() {
        return new CommitmentContent(
                "1",
                null,
                null,
                null,
                Responsibility.none(),
                Responsibility.none(),
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                null);
    }

    static ActionContent action(String title, String description, String track, int year) {
        return new ActionContent(
                title,
                description,
                track,
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                null,
                LocalDate.of(year, 3, 1),
                null,
                null,
                ActionStatus.PLANNED,
                null,
                List.of(),
                List.of(),
                null);
    }

    JsonNode api(String query, TestCity city, Consumer<MockHttpServletRequestBuilder> more) throws Exception {
        return search(query, city.city().slug(), more);
    }

    JsonNode api(String query, TestCity city) throws Exception {
        return api(query, city, request -> {});
    }

    @Test
    @ApertiumServer.Required
    void aSpanishActionIsFoundByAnEnglishQueryThroughTheEnglishArchive() throws Exception {
        var madrid = city("es", "ES");
        plan(
                madrid,
                "Plan municipal contra el racismo",
                false,
                List.of(action("Bicicletas para familias migrantes", "La ciudad presta bicicletas.", null, 2025)));
        assertThat(titles(api("bicycles", madrid))).isEmpty();

        archiveInEnglish();

        var results = api("bicycles", madrid, request -> request.param("lang", "en"));
        assertThat(titles(results)).containsExactly("Bicicletas para familias migrantes");
        assertThat(results.path("hits").get(0).path("machineTranslated").asBoolean())
                .isTrue();
        assertThat(results.path("hits").get(0).path("snippet").asString()).contains("<mark>");
    }

    @Test
    @ApertiumServer.Required
    void documentsWaitingForTheirEnglishArchiveAreDerivedAgainOnlyOnceATranslationArrives() throws Exception {
        var seville = city("es", "ES");
        plan(
                seville,
                "Plan contra la discriminación",
                false,
                List.of(action("Bicicletas asequibles", "La ciudad presta bicicletas.", null, 2026)));
        // Takes up whatever earlier tests left waiting.
        settled();
        indexing.retry(Instant.now());

        assertThat(indexing.retry(Instant.now()))
                .as("sources indexed again while no English translation arrived")
                .isZero();
        assertThat(titles(api("bicycles", seville))).isEmpty();

        archiveInEnglish();

        assertThat(titles(api("bicycles", seville, request -> request.param("lang", "en"))))
                .containsExactly("Bicicletas asequibles");
    }

    @Test
    @ApertiumServer.Required
    void anEnglishActionIsFoundByASpanishQueryTranslatedIntoEnglish() throws Exception {
        var dublin = city("en", "IE");
        plan(
                dublin,
                "City plan against racism",
                false,
                List.of(action("Bicycles for migrant families", "The city lends bicycles.", null, 2025)));

        var results = api("bicicleta", dublin, request -> request.param("lang", "es"));

        assertThat(results.path("translatedQuery").asString()).containsIgnoringCase("bicycl");
        assertThat(titles(results)).containsExactly("Bicycles for migrant families");
        var englishReader = api("bicicleta", dublin, request -> request.param("lang", "en"));
        assertThat(englishReader.path("translatedQuery").asString())
                .as("a Spanish word an English reader types is read as Spanish and translated too")
                .containsIgnoringCase("bicycl");
        assertThat(titles(englishReader)).containsExactly("Bicycles for migrant families");
    }

    @Test
    void eachLanguageIsStemmedByItsOwnRules() throws Exception {
        var graz = city("de", "AT");
        plan(
                graz,
                "Aktionsplan gegen Rassismus",
                false,
                List.of(action("Bezahlbare Wohnungen für Familien", "Die Stadt vermittelt Wohnungen.", null, 2025)));
        var lyon = city("fr", "FR");
        plan(
                lyon,
                "Plan d'action contre le racisme",
                false,
                List.of(action("Logements pour les familles", "La ville construit des logements.", null, 2025)));

        assertThat(titles(api("Wohnung", graz))).containsExactly("Bezahlbare Wohnungen für Familien");
        assertThat(titles(api("logement", lyon))).containsExactly("Logements pour les familles");
        assertThat(titles(api("Wohnungsbau", graz)))
                .as("a German compound meets the words it is made of")
                .containsExactly("Bezahlbare Wohnungen für Familien");
    }

    @Test
    void aDraftNeverAppearsInAPublicSearchButToItsCitysPeople() throws Exception {
        var city = city("en", "GB");
        var other = city("en", "GB");
        plan(city, "Draft plan", true, List.of(action("Secret zebracrossing project", null, null, 2025)));
        var query = "zebracrossing";

        assertThat(titles(api(query, city))).isEmpty();
        assertThat(titles(api(query, city, request -> request.with(user(other.coordinator())))))
                .isEmpty();
        var page = mvc.perform(get("/search").param("q", query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("Secret zebracrossing project");

        assertThat(titles(api(query, city, request -> request.with(user(city.coordinator())))))
                .containsExactly("Secret zebracrossing project");
        var own = mvc.perform(get("/search").param("q", query).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(own).contains("Secret zebracrossing project").contains("<mark>zebracrossing</mark>");
    }

    @Test
    void facetsCountWhatWasFound() throws Exception {
        var city = city("en", "NL");
        plan(
                city,
                "Plan against discrimination",
                false,
                List.of(
                        action("Mentoring for young people", null, "research-innovation", 2025),
                        action("Mentoring in sports clubs", null, "research-innovation", 2025),
                        action("Mentoring at work", null, null, 2026)));

        var all = api("", city);
        assertThat(all.path("total").asLong()).isEqualTo(4);
        assertThat(count(all, "KIND", "PLAN")).isEqualTo(1);
        assertThat(count(all, "KIND", "ACTION")).isEqualTo(3);
        assertThat(count(all, "YEAR", "2025")).isEqualTo(3);
        assertThat(count(all, "YEAR", "2026")).isEqualTo(1);
        assertThat(count(all, "COUNTRY", "NL")).isEqualTo(4);
        assertThat(count(all, "LANGUAGE", "en")).isEqualTo(4);
        assertThat(all.path("facets").path("TRACK")).hasSize(1);
        var track = all.path("facets").path("TRACK").get(0).path("value").asString();
        assertThat(count(all, "TRACK", track))
                .as("the plan and its two actions")
                .isEqualTo(3);

        var narrowed =
                api("mentoring", city, request -> request.param("year", "2025").param("kind", "ACTION"));
        assertThat(titles(narrowed))
                .containsExactlyInAnyOrder("Mentoring for young people", "Mentoring in sports clubs");
        assertThat(count(narrowed, "YEAR", "2025")).isEqualTo(2);

        var page = mvc.perform(get("/search").param("city", city.city().slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("year=2026").contains("(3)");
    }

    @Test
    void quotedPhrasesAndExclusionsNarrowTheSearch() throws Exception {
        var city = city("en", "IE");
        plan(
                city,
                "Plan for schools",
                false,
                List.of(
                        action("Training for teachers in schools", null, null, 2025),
                        action("Teachers training for police schools", null, null, 2025)));

        assertThat(titles(api("training teachers", city))).hasSize(2);
        assertThat(titles(api("\"training for teachers\"", city))).containsExactly("Training for teachers in schools");
        assertThat(titles(api("training -police", city))).containsExactly("Training for teachers in schools");
    }

    @Test
    void pagesAreCountedAndSizeIsLimited() throws Exception {
        var city = city("en", "IE");
        plan(
                city,
                "Plan with many actions",
                false,
                List.of(
                        action("Workshop one", null, null, 2025),
                        action("Workshop two", null, null, 2025),
                        action("Workshop three", null, null, 2025)));

        var first = api("workshop", city, request -> request.param("size", "2"));
        assertThat(first.path("total").asLong()).isEqualTo(3);
        assertThat(first.path("hits")).hasSize(2);
        var second = api("workshop", city, request -> request.param("size", "2").param("page", "1"));
        assertThat(second.path("hits")).hasSize(1);
        mvc.perform(get("/api/v1/search").param("q", "x".repeat(501))).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/search").param("q", "workshop").param("page", "100000"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/search").param("q", "x".repeat(501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("at most 500 characters")));
    }

    @Test
    void onlyPlatformAdministratorsRebuildTheIndex() throws Exception {
        var city = city("en", "IE");
        plan(city, "Plan to rebuild", false, List.of(action("Rebuilt lighthouse action", null, null, 2025)));
        // the save's own indexing runs in the background; a rebuild beside it would add the documents twice
        settled();

        mvc.perform(post("/api/v1/admin/search/rebuild")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/search/rebuild")
                        .with(user(TestPeople.holding(context, RoleGrant.platformAdmin())))
                        .with(csrf()))
                .andExpect(status().isOk());

        assertThat(titles(api("lighthouse", city))).containsExactly("Rebuilt lighthouse action");
    }
}
