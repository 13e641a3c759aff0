package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.PracticeFixtures;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.NewPractice;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.report.ReportFixtures;
import org.equicity.report.Reports;
import org.equicity.search.SearchDocument.Source;
import org.equicity.translation.ApertiumServer;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.ReadingStatus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Good practices and accepted reports in search: written through their modules, which announce the changes; the
 * index follows after commit. Shares the translation tests' context (Apertium for Spanish, a LibreTranslate
 * stand-in for German that prefixes "EN ").
 */
@Tag("database")
class PracticeAndReportSearchTests extends SearchTestContext {

    @Autowired
    Practices practices;

    @Autowired
    Reports reports;

    @Autowired
    Translations translations;

    @Autowired
    SearchDocumentRepository documents;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    static PracticeContent practice(String language, String title, String purpose, List<String> fieldsOfAction) {
        return new PracticeContent(
                language,
                PracticeFixtures.template(title, fieldsOfAction, "2024", purpose),
                new Classification("1", "information-advice", List.of("monitoring"), 2024));
    }

    PracticeId submitted(ReportFixtures fixtures, PracticeContent content) {
        return as(
                fixtures.coordinator(),
                () -> practices.submit(
                        new NewPractice(fixtures.city().id(), fixtures.network().id(), content)));
    }

    PracticeId designated(ReportFixtures fixtures, PracticeContent content) {
        var id = submitted(fixtures, content);
        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.designate(id);
        });
        return id;
    }

    PracticeId declined(ReportFixtures fixtures, PracticeContent content) {
        var id = submitted(fixtures, content);
        as(fixtures.secretariat(), () -> {
            practices.startReview(id);
            practices.decline(id);
        });
        return id;
    }

    JsonNode api(String query, ReportFixtures fixtures, Consumer<MockHttpServletRequestBuilder> more) throws Exception {
        return search(query, fixtures.city().slug(), more);
    }

    JsonNode api(String query, ReportFixtures fixtures) throws Exception {
        return api(query, fixtures, request -> {});
    }

    @Test
    @ApertiumServer.Required
    void aSpanishPracticeIsFoundByAnEnglishQuery() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(
                fixtures,
                practice("es", "Bicicletas para familias migrantes", "La ciudad presta bicicletas.", List.of()));
        assertThat(titles(api("bicycles", fixtures, request -> request.param("lang", "en"))))
                .as("no English text before the archive is made")
                .isEmpty();

        archiveInEnglish();

        var results = api("bicycles", fixtures, request -> request.param("lang", "en"));
        assertThat(titles(results)).containsExactly("Bicicletas para familias migrantes");
        var hit = results.path("hits").get(0);
        assertThat(hit.path("kind").asString()).isEqualTo("PRACTICE");
        assertThat(hit.path("machineTranslated").asBoolean()).isTrue();
        assertThat(hit.path("designation").asString()).isEqualTo("DESIGNATED");
        assertThat(hit.path("snippet").asString()).contains("<mark>");
    }

    @Test
    @ApertiumServer.Required
    void anEnglishPracticeIsFoundByASpanishQuery() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, practice("en", "Bicycles for migrant families", "The city lends bicycles.", List.of()));

        var results = api("bicicleta", fixtures, request -> request.param("lang", "es"));

        assertThat(results.path("translatedQuery").asString()).containsIgnoringCase("bicycl");
        assertThat(titles(results)).containsExactly("Bicycles for migrant families");
        var englishReader = api("bicicleta", fixtures, request -> request.param("lang", "en"));
        assertThat(englishReader.path("translatedQuery").asString())
                .as("a Spanish word an English reader types is read as Spanish and translated too")
                .containsIgnoringCase("bicycl");
        assertThat(titles(englishReader)).containsExactly("Bicycles for migrant families");
    }

    @Test
    void aPracticeNotDesignatedIsFoundOnlyByItsCityAndItsNetwork() throws Exception {
        var fixtures = ReportFixtures.create(context);
        declined(fixtures, practice("en", "Declined quokkaboard scheme", null, List.of()));
        submitted(fixtures, practice("en", "Submitted quokkaboard scheme", null, List.of()));
        var other = ReportFixtures.create(context);
        var reviewer = TestPeople.holding(
                context, RoleGrant.inNetwork(Role.REVIEWER, fixtures.network().id()));
        var otherReviewer = TestPeople.holding(
                context, RoleGrant.inNetwork(Role.REVIEWER, other.network().id()));

        assertThat(titles(api("quokkaboard", fixtures))).isEmpty();
        assertThat(titles(api("quokkaboard", fixtures, request -> request.with(user(other.coordinator())))))
                .isEmpty();
        assertThat(titles(api("quokkaboard", fixtures, request -> request.with(user(otherReviewer)))))
                .isEmpty();
        var page = mvc.perform(get("/search").param("q", "quokkaboard"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("quokkaboard scheme");

        assertThat(titles(api("quokkaboard", fixtures, request -> request.with(user(fixtures.coordinator())))))
                .containsExactlyInAnyOrder("Declined quokkaboard scheme", "Submitted quokkaboard scheme");
        assertThat(titles(api("quokkaboard", fixtures, request -> request.with(user(reviewer)))))
                .hasSize(2);
        assertThat(titles(api("quokkaboard", fixtures, request -> request.with(user(fixtures.secretariat())))))
                .hasSize(2);
    }

    @Test
    void fieldAndDesignationFacetsCountWhatWasFound() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, practice("en", "Designated practice", null, List.of("leadership")));
        declined(fixtures, practice("en", "Declined practice", null, List.of("leadership", "education")));
        submitted(fixtures, practice("en", "Submitted practice", null, List.of()));

        var all = api("", fixtures, request -> request.param("kind", "PRACTICE").with(user(fixtures.secretariat())));
        assertThat(all.path("total").asLong()).isEqualTo(3);
        assertThat(count(all, "DESIGNATION", "DESIGNATED")).isEqualTo(1);
        assertThat(count(all, "DESIGNATION", "NOT_DESIGNATED")).isEqualTo(1);
        assertThat(count(all, "DESIGNATION", "UNDER_REVIEW")).isEqualTo(1);
        assertThat(count(all, "FIELD", "leadership")).isEqualTo(2);
        assertThat(count(all, "FIELD", "education")).isEqualTo(1);
        assertThat(count(all, "FIELD", "monitoring"))
                .as("the field of activity")
                .isEqualTo(3);

        var narrowed = api(
                "",
                fixtures,
                request -> request.param("field", "leadership")
                        .param("designation", "NOT_DESIGNATED")
                        .with(user(fixtures.secretariat())));
        assertThat(titles(narrowed)).containsExactly("Declined practice");

        var anonymous = api("", fixtures, request -> request.param("kind", "PRACTICE"));
        assertThat(titles(anonymous)).containsExactly("Designated practice");
        assertThat(count(anonymous, "DESIGNATION", "NOT_DESIGNATED")).isZero();

        var page = mvc.perform(get("/search")
                        .param("city", fixtures.city().slug())
                        .param("kind", "PRACTICE")
                        .header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Führung und politisches Engagement")
                .contains("Als gute Praxis ausgezeichnet")
                .contains("field=leadership")
                .contains("designation=DESIGNATED")
                .contains("/practices/");
    }

    @Test
    void theActionsOfAnAcceptedReportAreFoundWithTheirEnglishArchive() throws Exception {
        var fixtures = ReportFixtures.create(context);
        var report = fixtures.acceptedReport(context, "2023–2024");
        var action = as(fixtures.coordinator(), () -> reports.report(report))
                .content()
                .actions()
                .get(0);

        var results = api("monitoring office", fixtures, request -> request.param("kind", "REPORTED_ACTION"));
        assertThat(titles(results)).containsExactly("Monitoring office");
        var hit = results.path("hits").get(0);
        assertThat(hit.path("source").asString()).isEqualTo(report.value().toString());
        assertThat(hit.path("year").asInt()).isEqualTo(2024);
        assertThat(hit.path("language").asString()).isEqualTo("de");
        assertThat(count(results, "FIELD", "monitoring")).isEqualTo(1);
        assertThat(count(results, "TRACK", "Information and advice"))
                .as("the track by its English label")
                .isEqualTo(1);

        var title = new FieldRef("report-action", action.id().value(), "title");
        assertThat(translations.read(title, "en").status())
                .as("the submitted texts are handed to the translation module")
                .isEqualTo(ReadingStatus.PENDING);
        archiveInEnglish();
        // the fixture's adopted plan has an action of that title too: only the report's is asked for
        var archived = api("\"EN Monitoring\"", fixtures, request -> request.param("kind", "REPORTED_ACTION"));
        assertThat(titles(archived)).containsExactly("Monitoring office");
        assertThat(archived.path("hits").get(0).path("machineTranslated").asBoolean())
                .isTrue();

        var page = mvc.perform(get("/search")
                        .param("q", "monitoring office")
                        .param("city", fixtures.city().slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var link = "/cities/" + fixtures.city().slug() + "/reports/" + report.value() + "#action-"
                + action.id().value();
        assertThat(page).contains(link);
        mvc.perform(get("/cities/" + fixtures.city().slug() + "/reports/" + report.value()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("id=\"action-" + action.id().value() + "\"")));
    }

    @Test
    void aReportNotAcceptedNeverAppearsAndHasNoPublicPage() throws Exception {
        var fixtures = ReportFixtures.create(context);
        var cycle = fixtures.openCycle(context, "2023–2024", 2023);
        var draft = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        assertThat(titles(api("monitoring", fixtures, request -> request.param("kind", "REPORTED_ACTION"))))
                .isEmpty();
        mvc.perform(get("/cities/" + fixtures.city().slug() + "/reports/" + draft.value()))
                .andExpect(status().isNotFound());

        fixtures.explainAll(context, draft);
        as(
                fixtures.coordinator(),
                () -> reports.submit(draft, reports.report(draft).version()));
        as(fixtures.secretariat(), () -> reports.returnForRevision(draft, "Please add the impact."));

        assertThat(titles(api("monitoring", fixtures, request -> request.param("kind", "REPORTED_ACTION"))))
                .isEmpty();
        assertThat(titles(api(
                        "monitoring",
                        fixtures,
                        request -> request.param("kind", "REPORTED_ACTION").with(user(fixtures.coordinator())))))
                .as("only accepted reports are indexed")
                .isEmpty();
        mvc.perform(get("/cities/" + fixtures.city().slug() + "/reports/" + draft.value()))
                .andExpect(status().isNotFound());

        var accepted = ReportFixtures.create(context);
        var report = accepted.acceptedReport(context, "2023–2024");
        mvc.perform(get("/cities/" + fixtures.city().slug() + "/reports/" + report.value()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cities/" + accepted.city().slug() + "/reports/" + report.value()))
                .andExpect(status().isOk());
    }

    @Test
    void aRebuildRestoresPracticesAndReports() throws Exception {
        var fixtures = ReportFixtures.create(context);
        designated(fixtures, practice("en", "Rebuilt wombatbridge practice", null, List.of()));
        var report = fixtures.acceptedReport(context, "2023–2024");
        settled();
        var derived = new ArrayList<SearchDocument>();
        derived.addAll(documents.findBySourceTypeAndSourceId(Source.REPORT, report.value()));
        practicesOf(fixtures).forEach(id -> derived.addAll(documents.findBySourceTypeAndSourceId(Source.PRACTICE, id)));
        assertThat(derived).hasSize(2);
        lose(derived);
        assertThat(titles(api("wombatbridge", fixtures))).isEmpty();
        assertThat(titles(api("monitoring office", fixtures, request -> request.param("kind", "REPORTED_ACTION"))))
                .isEmpty();

        mvc.perform(post("/api/v1/admin/search/rebuild")
                        .with(user(TestPeople.holding(context, RoleGrant.platformAdmin())))
                        .with(csrf()))
                .andExpect(status().isOk());

        assertThat(titles(api("wombatbridge", fixtures))).containsExactly("Rebuilt wombatbridge practice");
        assertThat(titles(api("monitoring office", fixtures, request -> request.param("kind", "REPORTED_ACTION"))))
                .containsExactly("Monitoring office");
    }

    List<UUID> practicesOf(ReportFixtures fixtures) {
        return as(fixtures.coordinator(), () -> practices.ofCity(fixtures.city().id())).stream()
                .map(summary -> summary.id().value())
                .toList();
    }

    /** Deletes the documents and takes them out of the index, as a lost index would have them. */
    void lose(List<SearchDocument> lost) {
        var entityManager = entityManagerFactory.createEntityManager();
        try {
            entityManager.getTransaction().begin();
            var indexingPlan = org.hibernate.search.mapper.orm.Search.session(entityManager)
                    .indexingPlan();
            lost.forEach(document -> {
                indexingPlan.purge(SearchDocument.class, document.id(), null);
                entityManager.remove(entityManager.find(SearchDocument.class, document.id()));
            });
            entityManager.getTransaction().commit();
        } finally {
            entityManager.close();
        }
    }
}
