package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CityPracticeWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Practices practices;

    PracticeWorld world;
    PracticeWorld.Member city;
    PracticeWorld.Member other;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        city = world.member("Praxisstadt", "AT");
        other = world.member("Nachbarstadt", "AT");
    }

    String base() {
        return "/manage/cities/" + city.city().slug() + "/practices";
    }

    @Test
    void theCoordinatorSubmitsAPracticeAndFieldErrorsKeepWhatWasTyped() throws Exception {
        mvc.perform(get(base() + "/new").with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(world.network.name())))
                .andExpect(content().string(containsString("<option value=\"de\" selected=\"selected\">")))
                .andExpect(content().string(containsString("Leadership and political commitment")));

        mvc.perform(post(base() + "/new")
                        .param("network", world.network.id().value().toString())
                        .param("language", "de")
                        .param("title", "  ")
                        .param("purpose", "A purpose worth keeping")
                        .param("fieldsOfAction", "leadership")
                        .param("year", "2024")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("A purpose worth keeping")))
                .andExpect(content().string(containsString("id=\"error-summary\"")));
        mvc.perform(post(base() + "/new")
                        .param("network", world.network.id().value().toString())
                        .param("language", "de")
                        .param("title", "Welcome desk")
                        .param("year", "12")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"year-error\"")))
                .andExpect(content().string(containsString("Welcome desk")));
        assertThat(as(city.coordinator(), () -> practices.ofCity(city.city().id())))
                .isEmpty();

        mvc.perform(post(base() + "/new")
                        .param("network", world.network.id().value().toString())
                        .param("language", "de")
                        .param("title", "Welcome desk")
                        .param("purpose", "A purpose worth keeping")
                        .param("fieldsOfAction", "leadership", "housing")
                        .param("commitment", "4")
                        .param("track", "information-advice")
                        .param("referenceDocuments", "https://example.org/a\r\nStrategy paper\r\n")
                        .param("year", "2024")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base()))
                .andExpect(flash().attribute("notice", "practice.notice.submitted"));
        var stored = as(city.coordinator(), () -> practices.ofCity(city.city().id()));
        assertThat(stored).singleElement().satisfies(summary -> {
            assertThat(summary.status()).isEqualTo(PracticeStatus.SUBMITTED);
            assertThat(summary.networkName()).isEqualTo(world.network.name());
        });
        var view = as(city.coordinator(), () -> practices.practice(stored.get(0).id()));
        assertThat(view.content().template().referenceDocuments())
                .containsExactly("https://example.org/a", "Strategy paper");
        assertThat(view.content().classification().commitment()).isEqualTo("4");

        mvc.perform(get(base()).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome desk")))
                .andExpect(content().string(containsString("Submitted")));
        mvc.perform(get("/manage/cities/" + city.city().slug()).with(user(city.coordinator())))
                .andExpect(content().string(containsString(base())));
    }

    @Test
    void aConflictKeepsTheTypedTextAndShowsWhatIsStored() throws Exception {
        var id = world.submitted(city, content("Original", List.of("leadership"), "1", null, 2024));
        var started = as(city.coordinator(), () -> practices.practice(id)).version();
        var edit = base() + "/" + id.value() + "/edit";
        mvc.perform(get(edit).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Original\"")));
        as(
                city.coordinator(),
                () -> practices.revise(
                        id, started, content("Saved by a colleague", List.of("leadership"), "1", null, 2024)));
        var current = as(city.coordinator(), () -> practices.practice(id)).version();

        mvc.perform(post(edit)
                        .param("version", String.valueOf(started))
                        .param("language", "de")
                        .param("title", "My own wording")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else saved this practice in the meantime")))
                .andExpect(content().string(containsString("value=\"My own wording\"")))
                .andExpect(content().string(containsString("Saved by a colleague")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")));
        assertThat(as(city.coordinator(), () -> practices.practice(id))
                        .content()
                        .template()
                        .title())
                .isEqualTo("Saved by a colleague");

        mvc.perform(post(edit)
                        .param("version", String.valueOf(current))
                        .param("language", "de")
                        .param("title", "My own wording")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(redirectedUrl(base()));
        assertThat(as(city.coordinator(), () -> practices.practice(id))
                        .content()
                        .template()
                        .title())
                .isEqualTo("My own wording");
    }

    @Test
    void anotherCitysCoordinatorCanNeitherSubmitNorEditForTheCity() throws Exception {
        var unpublished = world.submitted(city, content("Ours", List.of(), null, null, null));
        var published = world.designated(city, content("Ours and public", List.of(), null, null, null));
        var before =
                as(city.coordinator(), () -> List.of(practices.practice(unpublished), practices.practice(published)));

        mvc.perform(post(base() + "/new")
                        .param("network", world.network.id().value().toString())
                        .param("language", "de")
                        .param("title", "Forged")
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/" + unpublished.value() + "/edit")
                        .param("version", "0")
                        .param("language", "de")
                        .param("title", "Taken over")
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post(base() + "/" + published.value() + "/edit")
                        .param("version", "0")
                        .param("language", "de")
                        .param("title", "Taken over")
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // Under its own address another city cannot reach this city's practice either.
        mvc.perform(get("/manage/cities/" + other.city().slug() + "/practices/" + published.value() + "/edit")
                        .with(user(other.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(get(base()).with(user(other.coordinator()))).andExpect(status().isForbidden());

        assertThat(as(
                        city.coordinator(),
                        () -> List.of(practices.practice(unpublished), practices.practice(published))))
                .isEqualTo(before);
        assertThat(as(city.coordinator(), () -> practices.ofCity(city.city().id())))
                .hasSize(2);
    }

    @Test
    void theApiSubmitsReadsAndRevisesWithTheVersion() throws Exception {
        var body = """
                {"city":"%s","network":"%s","language":"de",
                 "template":{"title":"Api practice","fieldsOfAction":["leadership"],"purpose":"Why"},
                 "classification":{"commitment":"2","year":2023}}""".formatted(city.city().id().value(), world.network.id().value());
        var location = mvc.perform(post("/api/v1/practices")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        var id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get(location)).andExpect(status().isNotFound());
        mvc.perform(get(location).with(user(city.coordinator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.version").isNumber())
                .andExpect(jsonPath("$.content.template.title").value("Api practice"));

        var version = as(city.coordinator(), () -> practices.practice(new PracticeId(id)))
                .version();
        var revision = """
                {"version":%d,"language":"de","template":{"title":"Api practice, revised"}}""";
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.formatted(version))
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.template.title").value("Api practice, revised"));
        var revised = as(city.coordinator(), () -> practices.practice(new PracticeId(id)))
                .version();
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.formatted(version))
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + revised + ",\"language\":\"de\",\"template\":{\"title\":\"\"}}")
                        .with(user(city.coordinator()))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put(location)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(revision.formatted(revised))
                        .with(user(other.coordinator()))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        as(world.secretariat, () -> {
            practices.startReview(new PracticeId(id));
            practices.designate(new PracticeId(id));
        });
        mvc.perform(get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").doesNotExist())
                .andExpect(jsonPath("$.designatedAt").exists());
        mvc.perform(get("/api/v1/practices?city=" + city.city().slug()))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.practices[0].id").value(id.toString()))
                .andExpect(jsonPath("$.practices[0].version").isEmpty());
    }
}
