package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.EventsSettled;
import org.equicity.practice.ContributorId;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.Contributors.ContributorDetails;
import org.equicity.practice.Description;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A network's secretariat collects practices of a ministry, a region, an NGO and a European body beside its member
 * cities': each is named as what it is on the pages, in the library's filters, the citation, the exports and the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ContributorWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Contributors contributors;

    PracticeWorld world;
    PracticeWorld.Member graz;
    ContributorId ministry;
    ContributorId europe;
    PracticeId ministryPractice;
    PracticeId europePractice;
    PracticeId cityPractice;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        graz = world.member("Graz-" + UUID.randomUUID().toString().substring(0, 6), "AT");
        ministry = world.contributor(
                "Federal Ministry of Social Affairs", ContributorKind.NATIONAL_AUTHORITY, OwnerLevel.NATIONAL, "ES");
        europe = world.contributor(
                "European Association of Cities", ContributorKind.EUROPEAN_BODY, OwnerLevel.EUROPEAN, "BE", "FR");
        ministryPractice =
                world.designated(ministry, content("Equal treatment plan", List.of("leadership"), null, null, 2021));
        europePractice = world.designated(europe, content("Cities welcome", List.of("education"), null, null, 2022));
        cityPractice = world.designated(graz, content("Graz anti-rumours", List.of("anti-rumours"), null, null, 2023));
    }

    String network() {
        return "&network=" + world.network.slug();
    }

    @Test
    void theLibraryFiltersByLevelCountryAndContributorAndNamesTheOwner() throws Exception {
        var page = body("/practices?level=NATIONAL" + network());
        assertThat(page).contains("Equal treatment plan", "Federal Ministry of Social Affairs", "National authority");
        assertThat(page).doesNotContain("Graz anti-rumours", "Cities welcome");

        assertThat(body("/practices?country=FR" + network()))
                .contains("Cities welcome")
                .doesNotContain("Equal treatment");
        assertThat(body("/practices?country=AT" + network()))
                .contains("Graz anti-rumours")
                .doesNotContain("Cities welcome");
        assertThat(body("/practices?contributor=" + europe.value() + network()))
                .contains("Cities welcome")
                .doesNotContain("Equal treatment", "Graz anti-rumours");
        // a contributor that is no id, or none, matches nothing rather than failing
        assertThat(body("/practices?contributor=nonsense" + network())).doesNotContain("Cities welcome");
        assertThat(body("/practices?contributor=" + UUID.randomUUID() + network()))
                .doesNotContain("Cities welcome");
    }

    @Test
    void thePracticePageCitationAndDownloadsNameTheMinistryNotACity() throws Exception {
        var page = body("/practices/" + ministryPractice.value());
        assertThat(page).contains("National authority", "Federal Ministry of Social Affairs", "Spain");
        assertThat(page).doesNotContain(">City<");
        assertThat(page).contains("Federal Ministry of Social Affairs (");

        assertThat(body("/practices/" + ministryPractice.value() + "/citation.ris"))
                .contains("AU  - Federal Ministry of Social Affairs");
        assertThat(body("/practices/" + europePractice.value() + "/citation.bib"))
                .contains("author = {{European Association of Cities}}");

        var csv = body("/practices.csv?sort=title" + network());
        assertThat(csv).contains("id,permalink,title,owner,owner_type,level,city,city_slug,country,countries,");
        assertThat(csv).contains("Federal Ministry of Social Affairs,NATIONAL_AUTHORITY,NATIONAL,,,ES,ES,");
        assertThat(csv).contains("European Association of Cities,EUROPEAN_BODY,EUROPEAN,,,");
        assertThat(body("/practices/codebook.json")).contains("\"owner_types\"", "\"NATIONAL_AUTHORITY\"");

        mvc.perform(get("/api/v1/practices/" + ministryPractice.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.owner.type").value("NATIONAL_AUTHORITY"))
                .andExpect(jsonPath("$.owner.id").value(ministry.value().toString()))
                .andExpect(jsonPath("$.owner.level").value("NATIONAL"))
                .andExpect(jsonPath("$.city").doesNotExist())
                .andExpect(jsonPath("$.cityName").doesNotExist());
        mvc.perform(get("/api/v1/practices?level=EUROPEAN" + network()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.practices[0].owner.countries[0]").exists());
    }

    @Test
    void searchNamesTheMinistryAsWhatItIsAndFindsAPracticeByItsAimsAndPartners() throws Exception {
        var template = content("Roma school mediators", List.of("education"), null, null, 2020)
                .template();
        var description = new Description(
                null,
                null,
                "Halve early school leaving among Roma pupils",
                "An external evaluation by the university counted the pupils who stayed",
                "Ministry of Education",
                "Fundación Secretariado Gitano",
                null,
                null,
                null,
                List.of());
        world.designated(ministry, new PracticeContent("en", template, Classification.none(), description));
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));

        // get() encodes the address itself: the words are written as typed
        // the facet names the owner as what it is, in the reader's language: a national authority, not a city
        var german = body("/search?q=Secretariado Gitano&lang=de");
        assertThat(german).contains("Roma school mediators", "Träger", "Nationale Behörde");
        assertThat(body("/search?q=Secretariado Gitano&lang=pl")).contains("Podmiot", "Organ krajowy");
        // the aims and the evaluation are searched as well
        assertThat(body("/search?q=early school leaving")).contains("Roma school mediators");
        assertThat(body("/search?q=external evaluation university")).contains("Roma school mediators");
        // and narrows by it
        assertThat(body("/search?q=Graz anti-rumours&owner=CITY")).contains("Graz anti-rumours</a>");
        assertThat(body("/search?q=Graz anti-rumours&owner=NATIONAL_AUTHORITY"))
                .doesNotContain("Graz anti-rumours</a>");
    }

    @Test
    void theSecretariatAddsAndCorrectsContributorsAndTheirPracticesFollow() throws Exception {
        var base = "/manage/networks/" + world.network.slug() + "/contributors";
        mvc.perform(get(base).with(user(world.secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Federal Ministry of Social Affairs")));
        mvc.perform(post(base)
                        .param("name", "Catalan Network against Racism")
                        .param("kind", "NGO")
                        .param("level", "REGIONAL")
                        .param("countries", "es")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base)
                        .param("name", "Somewhere")
                        .param("kind", "REGION")
                        .param("level", "REGIONAL")
                        .param("countries", "XX")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"countries-error\"")))
                .andExpect(content().string(containsString("“XX” is not a country code")));
        mvc.perform(post(base)
                        .param("name", "federal ministry of social affairs")
                        .param("kind", "NATIONAL_AUTHORITY")
                        .param("level", "NATIONAL")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\"")));

        var version = contributors.contributor(ministry).version();
        mvc.perform(post(base + "/" + ministry.value() + "/edit")
                        .param("version", String.valueOf(version))
                        .param("name", "Ministry of Equality")
                        .param("kind", "NATIONAL_AUTHORITY")
                        .param("level", "NATIONAL")
                        .param("countries", "ES")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(body("/practices/" + ministryPractice.value())).contains("Ministry of Equality");
        assertThat(body("/practices?sort=city" + network())).contains("Ministry of Equality");
    }

    @Test
    void theSecretariatRecordsAndEditsAContributorsPracticeWithTheTemplate() throws Exception {
        var base = "/manage/networks/" + world.network.slug() + "/contributors";
        mvc.perform(get(base + "/" + europe.value() + "/practices/new").with(user(world.secretariat)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("action=\"" + base + "/" + europe.value() + "/practices/new\"")));
        mvc.perform(post(base + "/" + europe.value() + "/practices/new")
                        .param("network", world.network.id().value().toString())
                        .param("language", "fr")
                        .param("title", "Villes accueillantes")
                        .param("purpose", "Accueillir")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        var recorded = as(world.secretariat, () -> world.practices.ofNetwork(world.network.id())).stream()
                .filter(summary -> summary.title().equals("Villes accueillantes"))
                .findFirst()
                .orElseThrow();
        assertThat(recorded.owner().contributor()).isEqualTo(europe);
        assertThat(recorded.status()).isEqualTo(PracticeStatus.SUBMITTED);

        var view = as(world.secretariat, () -> world.practices.practice(recorded.id()));
        assertThat(view.writable()).isTrue();
        mvc.perform(post(base + "/practices/" + recorded.id().value() + "/edit")
                        .param("version", String.valueOf(view.version()))
                        .param("language", "fr")
                        .param("title", "Villes vraiment accueillantes")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        // a city's practice is not edited under the contributors' address
        mvc.perform(get(base + "/practices/" + cityPractice.value() + "/edit").with(user(world.secretariat)))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherNetworksSecretariatAndTheCitiesMayNotTouchTheContributors() throws Exception {
        var other = new PracticeWorld(context);
        var base = "/manage/networks/" + world.network.slug() + "/contributors";
        mvc.perform(get(base).with(user(other.secretariat))).andExpect(status().isForbidden());
        mvc.perform(post(base)
                        .param("name", "Intruder")
                        .param("kind", "NGO")
                        .param("level", "LOCAL")
                        .with(user(other.secretariat))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // its own address with our contributor's id: not found, not written
        var theirs = "/manage/networks/" + other.network.slug() + "/contributors/";
        mvc.perform(get(theirs + ministry.value() + "/edit").with(user(other.secretariat)))
                .andExpect(status().isNotFound());
        mvc.perform(post(theirs + ministry.value() + "/practices/new")
                        .param("language", "en")
                        .param("title", "Smuggled")
                        .with(user(other.secretariat))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThatThrownBy(() -> as(
                        other.secretariat,
                        () -> contributors.submit(ministry, content("Smuggled", List.of(), null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat, () -> {
                    contributors.revise(
                            ministry,
                            0,
                            new ContributorDetails("Renamed", ContributorKind.NGO, OwnerLevel.LOCAL, List.of()));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(graz.coordinator(), () -> {
                    world.practices.revise(ministryPractice, 0, content("Taken over", List.of(), null, null, null));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aContributorNeedsANameKindLevelAndRealCountriesAndANameOnlyOnce() {
        assertThatThrownBy(() -> new ContributorDetails(" ", ContributorKind.NGO, OwnerLevel.LOCAL, List.of()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> new ContributorDetails("NGO", null, OwnerLevel.LOCAL, List.of()))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                        () -> new ContributorDetails("NGO", ContributorKind.NGO, OwnerLevel.LOCAL, List.of("Austria")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("practice.rule.country");
        assertThat(new ContributorDetails("NGO", ContributorKind.NGO, OwnerLevel.LOCAL, List.of(" at", "AT", ""))
                        .countries())
                .containsExactly("AT");
        assertThatThrownBy(() ->
                        world.contributor("European Association of Cities", ContributorKind.NGO, OwnerLevel.EUROPEAN))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("practice.rule.contributor-exists");

        var nationalInSpain = world.practices.library(new LibraryQuery(
                "ES", null, null, OwnerLevel.NATIONAL, null, null, null, null, world.network.id(), null, null, 0, 10));
        assertThat(nationalInSpain.entries())
                .extracting(entry -> entry.summary().id())
                .containsExactly(ministryPractice);
    }

    String body(String path) throws Exception {
        return mvc.perform(get(path).locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
