package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.equicity.EventsSettled;
import org.equicity.city.TestCities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class LibraryWebTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PracticeWorld world;
    PracticeWorld.Member zeta;
    PracticeWorld.Member aachen;
    PracticeId alpha;
    PracticeId beta;
    PracticeId gamma;
    PracticeId inReview;
    PracticeId declined;
    PracticeId submitted;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        zeta = world.member("Zeta-Stadt", "AT");
        aachen = world.member("Aachen", "DE");
        beta = world.designated(aachen, content("Beta", List.of("education"), "3", "enforcement", 2022));
        alpha = world.designated(
                zeta, content("Alpha", List.of("leadership", "housing"), "1", "information-advice", 2024));
        gamma = world.designated(zeta, content("Gamma", List.of("anti-rumours"), "1", "awareness-raising", 2023));
        inReview = world.underReview(aachen, content("Hidden review", List.of("leadership"), "1", null, 2024));
        declined = world.declined(aachen, content("Hidden decline", List.of("leadership"), "1", null, 2024));
        submitted = world.submitted(aachen, content("Hidden submission", List.of("leadership"), "1", null, 2024));
    }

    String library(String query) throws Exception {
        return body(get("/practices?network=" + world.network.slug() + query));
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static void assertOrder(String page, String... titles) {
        var previous = -1;
        for (var title : titles) {
            var at = page.indexOf(">" + title + "<");
            assertThat(at).as(title).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void thePublicFiltersSortsAndPagesDesignatedPracticesOnly() throws Exception {
        var all = library("");
        assertThat(all).contains("3 practices").doesNotContain("Hidden");
        assertOrder(all, "Gamma", "Alpha", "Beta");
        assertOrder(library("&sort=year"), "Alpha", "Gamma", "Beta");
        assertOrder(library("&sort=city"), "Beta", "Alpha", "Gamma");
        assertOrder(library("&sort=title"), "Alpha", "Beta", "Gamma");

        assertThat(library("&country=DE")).contains(">Beta<").doesNotContain(">Alpha<", ">Gamma<");
        assertThat(library("&city=" + zeta.city().slug()))
                .contains(">Alpha<", ">Gamma<")
                .doesNotContain(">Beta<");
        assertThat(library("&commitment=1")).contains(">Alpha<", ">Gamma<").doesNotContain(">Beta<");
        assertThat(library("&track=enforcement")).contains(">Beta<").doesNotContain(">Alpha<", ">Gamma<");
        assertThat(library("&year=2023")).contains("1 practice").contains(">Gamma<");
        // Housing is a sub-field of public services: a practice on housing is one on public services.
        assertThat(library("&field=public-services")).contains(">Alpha<").doesNotContain(">Beta<", ">Gamma<");
        assertThat(library("&city=nowhere-at-all")).contains("No practices");
        assertThat(library("&year=soon&sort=sideways&page=x")).contains("3 practices");
        // Asking for a state other than designated shows nothing to the public.
        assertThat(library("&designation=UNDER_REVIEW")).doesNotContain("Hidden");

        var first = json(get("/api/v1/practices?network=" + world.network.slug() + "&sort=title&size=2"));
        assertThat(first.get("total").asInt()).isEqualTo(3);
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(titles(first)).containsExactly("Alpha", "Beta");
        var second = json(get("/api/v1/practices?network=" + world.network.slug() + "&sort=title&size=2&page=2"));
        assertThat(titles(second)).containsExactly("Gamma");
        var page = mvc.perform(get("/practices?network=" + world.network.slug()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("aria-label=\"Filter the practices\"").contains("<label for=\"country\"");
    }

    @Test
    void anUnknownFieldOfActionIsRefusedBesideTheFieldAndInTheApi() throws Exception {
        var page = mvc.perform(get("/practices?field=housnig").header("Accept-Language", "de"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("id=\"field-error\"")
                .contains("„housnig“ ist kein Handlungsfeld")
                .contains("aria-describedby=\"field-error\"");

        var problem = mvc.perform(get("/api/v1/practices?field=housnig"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(JSON.readTree(problem).path("code").asString()).isEqualTo("practice.library.unknown-field");
        mvc.perform(get("/practices.csv?field=housnig")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void theLibraryShowsEachPracticesCountryInTheReadersLanguage() throws Exception {
        var page = body(get("/practices?network=" + world.network.slug()).header("Accept-Language", "de"));

        assertThat(page)
                .contains("<span class=\"country\">Österreich</span>", "<span class=\"country\">Deutschland</span>");
    }

    @Test
    void unpublishedPracticesNeverLeaveTheCityAndTheNetwork() throws Exception {
        var otherCity = world.member("Elsewhere", "FR");
        var otherNetworkSecretariat = TestPeople.holding(
                context, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, new PracticeWorld(context).network.id()));
        for (var hidden : List.of(inReview, declined, submitted)) {
            for (var reader : new UserDetails[] {null, otherCity.coordinator(), otherNetworkSecretariat}) {
                var request = get("/practices/" + hidden.value());
                var api = get("/api/v1/practices/" + hidden.value());
                if (reader != null) {
                    request.with(user(reader));
                    api.with(user(reader));
                }
                mvc.perform(request).andExpect(status().isNotFound());
                mvc.perform(api).andExpect(status().isNotFound());
            }
        }
        for (var reader : new UserDetails[] {null, otherCity.coordinator(), otherNetworkSecretariat}) {
            for (var path : List.of("/practices", "/practices.csv", "/practices.json", "/api/v1/practices")) {
                for (var designation : List.of("", "&designation=UNDER_REVIEW", "&designation=NOT_DESIGNATED")) {
                    var request = get(path + "?network=" + world.network.slug() + designation);
                    if (reader != null) {
                        request.with(user(reader));
                    }
                    assertThat(body(request)).as(path + designation).doesNotContain("Hidden");
                }
            }
        }

        var banner = body(get("/practices/" + declined.value()).with(user(aachen.coordinator())));
        assertThat(banner).contains("Not designated").contains("It is not published");
        assertThat(body(get("/practices?network=" + world.network.slug() + "&designation=UNDER_REVIEW")
                        .with(user(world.secretariat))))
                .contains("Hidden review")
                .doesNotContain(">Alpha<");
        var reviewer = TestPeople.holding(context, RoleGrant.inNetwork(Role.REVIEWER, world.network.id()));
        assertThat(body(get("/practices.csv?designation=NOT_DESIGNATED").with(user(reviewer))))
                .contains("Hidden decline")
                .doesNotContain("Hidden review");
    }

    @Test
    void theDetailPageIsAPermalinkWithACitationAndSimilarPracticesOfOtherCities() throws Exception {
        var nearTwin = world.designated(
                aachen, content("Near twin", List.of("leadership", "housing"), "1", "information-advice", 2021));
        var page = body(get("/practices/" + alpha.value()));
        var permalink = "http://localhost:8080/practices/" + alpha.value();
        assertThat(page)
                .contains("Alpha", "Main purpose of Alpha", "Zeta-Stadt", world.network.name())
                .contains("Leadership and political commitment")
                .contains(permalink)
                .contains("Good practice designated by " + world.network.name())
                .contains("accessed ");
        // Similar: designated practices of other cities that share something, the closest (and newest) first.
        var similar = page.substring(page.indexOf("id=\"similar-title\""));
        assertThat(similar.indexOf("/practices/" + nearTwin.value()))
                .isPositive()
                .isLessThan(similar.indexOf("</li>"));
        for (var excluded : List.of(gamma, beta, inReview, declined, submitted)) {
            assertThat(similar).doesNotContain("/practices/" + excluded.value());
        }

        var bib = body(get("/practices/" + alpha.value() + "/citation.bib"));
        assertThat(bib)
                .startsWith("@misc{")
                .contains(permalink)
                .contains("Zeta-Stadt")
                .contains("urldate");
        var ris = body(get("/practices/" + alpha.value() + "/citation.ris"));
        assertThat(ris).contains("UR  - " + permalink).contains("TI  - Alpha");
        mvc.perform(get("/practices/" + declined.value() + "/citation.bib").with(user(aachen.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/practices/not-an-id")).andExpect(status().isNotFound());
        mvc.perform(get("/practices/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void theDownloadsFollowTheFiltersAndTheCodebookDescribesEveryColumn() throws Exception {
        var response = mvc.perform(get("/practices.csv?network=" + world.network.slug() + "&sort=title"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        var bytes = response.getContentAsByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        var text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> header;
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser =
                CSVParser.parse(text, CSVFormat.RFC4180.builder().setHeader().get())) {
            header = parser.getHeaderNames();
            rows = parser.getRecords();
        }
        assertThat(rows).extracting(row -> row.get("title")).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(rows.get(0).get("fields_of_action").split(";")).containsExactlyInAnyOrder("leadership", "housing");
        assertThat(rows.get(0).get("country")).isEqualTo("AT");
        assertThat(rows.get(0).get("permalink")).isEqualTo("http://localhost:8080/practices/" + alpha.value());
        assertThat(rows.get(0).get("status")).isEqualTo("DESIGNATED");

        var codebook = json(get("/practices/codebook.json"));
        var columns = new java.util.ArrayList<String>();
        codebook.get("columns").forEach(column -> {
            columns.add(column.get("name").asString());
            assertThat(column.get("description").asString()).isNotBlank();
        });
        assertThat(header).containsExactlyElementsOf(columns);
        assertThat(codebook.get("codeLists").get("commitments").get("1").asString())
                .isEqualTo("Greater Vigilance against Racism");
        assertThat(codebook.get("codeLists").get("countries").get("AT").asString())
                .isEqualTo("Austria");
        assertThat(codebook.get("codeLists").get("fields_of_action").has("housing"))
                .isTrue();
        var html = body(get("/practices/codebook"));
        columns.forEach(column -> assertThat(html).contains(">" + column + "<"));

        var json = json(get("/practices.json?network=" + world.network.slug() + "&country=DE"));
        assertThat(json.get("practices")).hasSize(1);
        var beta = json.get("practices").get(0);
        assertThat(beta.get("title").asString()).isEqualTo("Beta");
        assertThat(List.of(
                        beta.get("fields_of_activity").get(0).asString(),
                        beta.get("fields_of_activity").get(1).asString()))
                .containsExactlyInAnyOrder("monitoring", "education");
        assertThat(beta.get("year").asInt()).isEqualTo(2022);
    }

    @Test
    void theLibraryIsReadInTheReadersLanguage() throws Exception {
        var page = body(
                get("/practices?network=" + world.network.slug() + "&lang=de").header("Accept-Language", "de"));
        assertThat(page).contains("Gute Praxis").contains("Verpflichtung");
    }

    @Test
    void aPracticeIsReadInTheReadersLanguageWithItsTranslationMarkedAndTheOriginalAtHand() throws Exception {
        var title = new FieldRef(Practices.TRANSLATION_OWNER, alpha.value(), "title");
        // the practice's texts are recorded in the background once it is saved; a correction needs them
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
        TestCities.as(
                TestPeople.holding(context, RoleGrant.platformAdmin()),
                () -> context.getBean(Translations.class).correct(title, "en", "Alpha, in English"));

        var page = body(get("/practices/" + alpha.value()).header("Accept-Language", "en"));
        assertThat(page)
                .contains("<span lang=\"en\">Alpha, in English</span>")
                .contains("Translated by a person from German")
                .contains("lang=\"de\">Alpha</p>");

        var originals =
                body(get("/practices/" + alpha.value() + "?originals=true").header("Accept-Language", "en"));
        assertThat(originals).doesNotContain("Alpha, in English").contains("<span lang=\"de\">Alpha</span>");
    }

    JsonNode json(MockHttpServletRequestBuilder request) throws Exception {
        return JSON.readTree(body(request));
    }

    static List<String> titles(JsonNode page) {
        var titles = new java.util.ArrayList<String>();
        page.get("practices")
                .forEach(practice -> titles.add(
                        practice.get("content").get("template").get("title").asString()));
        return titles;
    }
}
