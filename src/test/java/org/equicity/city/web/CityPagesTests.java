package org.equicity.city.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.Cities.FocalPoint;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.city.Cities.PublicContact;
import org.equicity.city.Cities.UpdateProfile;
import org.equicity.city.TestCities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class CityPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Cities cities;

    private UserDetails coordinatorOf(CitySummary city) {
        return TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
    }

    private void fillProfile(CitySummary city) {
        TestCities.as(
                coordinatorOf(city),
                () -> cities.updateProfile(new UpdateProfile(
                        city.id(),
                        cities.profileForEditing(city.id()).version(),
                        291_000L,
                        List.of("de", "en"),
                        new Level1Profile(
                                new FocalPoint(
                                        "Ana Novak", "Head of office", "ana.novak@graz.example", "+43 316 872 2000"),
                                null,
                                null,
                                null,
                                new PublicContact(null, "https://graz.example", "office@graz.example"),
                                "A human-rights city."))));
    }

    private MockHttpServletRequestBuilder profileForm(CitySummary city, long version) {
        return post("/manage/cities/{slug}", city.slug())
                .param("version", Long.toString(version))
                .param("mainLanguage", "de")
                .param("focalPointName", "Ana Novak")
                .param("description", "My careful new description");
    }

    @Test
    void theCityListShowsCountryNamesInTheReadersLanguageAndFiltersByCountry() throws Exception {
        var graz = TestCities.create(context, "Graz", "AT");
        var geneva = TestCities.create(context, "Geneva", "CH");
        mvc.perform(get("/cities").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(graz.name()), containsString("Österreich"))));
        mvc.perform(get("/cities").param("country", "CH"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(geneva.name()), not(containsString(graz.slug())))));
    }

    @Test
    void theCityListReadsInGreekHungarianAndSwedishAndTheSwitcherOffersThem() throws Exception {
        mvc.perform(get("/cities").param("lang", "sv"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Städer som planerar"),
                                containsString("hreflang=\"el\""),
                                containsString(">Ελληνικά<"),
                                containsString(">Magyar<"))));
        mvc.perform(get("/cities").header("Accept-Language", "hu-HU,hu;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Részt vevő városok")));
        mvc.perform(get("/cities").param("lang", "el"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Συμμετέχουσες πόλεις")));
    }

    @Test
    void thePublicPageShowsThePublicContactButNotTheFocalPointsDirectContact() throws Exception {
        var graz = TestCities.create(context, "Graz");
        fillProfile(graz);
        mvc.perform(get("/cities/{slug}", graz.slug()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("office@graz.example"),
                                containsString("A human-rights city."),
                                containsString("Ana Novak"),
                                not(containsString("+43 316 872 2000")),
                                not(containsString("ana.novak@graz.example")))));
        var partner = TestPeople.holding(context, RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, graz.id()));
        mvc.perform(get("/cities/{slug}", graz.slug()).with(user(partner)))
                .andExpect(content()
                        .string(allOf(containsString("+43 316 872 2000"), containsString("ana.novak@graz.example"))));
        mvc.perform(get("/cities/no-such-city")).andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorSavesTheProfileAndSeesItInTheHistory() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        mvc.perform(get("/manage/cities/{slug}", graz.slug()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\"")))
                .andExpect(result -> assertThat(
                                result.getResponse().getContentAsString().split("id=\"population\""))
                        .as("each field is rendered once")
                        .hasSize(2));
        var version = cities.find(graz.id()).isPresent()
                ? TestCities.as(coordinator, () -> cities.profileForEditing(graz.id()))
                        .version()
                : -1;
        mvc.perform(profileForm(graz, version).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/cities/" + graz.slug()))
                .andExpect(flash().attribute("notice", "city.notice.profile-saved"));
        assertThat(cities.publicProfile(graz.id()).profile().description()).isEqualTo("My careful new description");
        mvc.perform(get("/manage/cities/{slug}/history", graz.slug()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Profile changed"), containsString("My careful new description"))));
    }

    @Test
    void aFieldErrorIsShownNextToTheFieldAndTheTypedInputIsKept() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        mvc.perform(profileForm(graz, 0)
                        .param("focalPointEmail", "ana-at-graz")
                        .param("population", "many")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("aria-describedby=\"focalPointEmail-error\""),
                                containsString("id=\"focalPointEmail-error\""),
                                containsString("Enter an email address such as name@example.org."),
                                containsString("value=\"ana-at-graz\""),
                                containsString("id=\"population-error\""),
                                containsString("value=\"many\""),
                                containsString("My careful new description"))));
        assertThat(cities.publicProfile(graz.id()).profile().description()).isNull();
    }

    @Test
    void aConflictKeepsTheTypedTextAndShowsWhatIsStoredNow() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var started = TestCities.as(coordinator, () -> cities.profileForEditing(graz.id()))
                .version();
        fillProfile(graz);

        mvc.perform(profileForm(graz, started).with(user(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Someone else saved this profile in the meantime"),
                                containsString("My careful new description"),
                                containsString("A human-rights city."),
                                containsString("name=\"version\" value=\"" + (started + 1) + "\""))));
        assertThat(cities.publicProfile(graz.id()).profile().description()).isEqualTo("A human-rights city.");

        // Saving again from the conflict view deliberately overwrites.
        mvc.perform(profileForm(graz, started + 1).with(user(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(cities.publicProfile(graz.id()).profile().description()).isEqualTo("My careful new description");
    }

    @Test
    void departmentsAreAddedRenamedAndRemovedWithErrorsNextToTheField() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var base = "/manage/cities/" + graz.slug() + "/departments";
        mvc.perform(post(base).param("name", "Housing").with(user(coordinator)).with(csrf()))
                .andExpect(redirectedUrl(base));
        mvc.perform(post(base).param("name", "housing").with(user(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"department-name-error\""),
                                containsString("The city already has a department called housing."),
                                containsString("value=\"housing\""))));
        var housing = cities.departments(graz.id()).get(0);
        mvc.perform(post(base + "/{id}/rename", housing.id().value())
                        .param("name", "Housing office")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(cities.department(housing.id()).orElseThrow().name()).isEqualTo("Housing office");
        mvc.perform(get(base).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Housing office")));
        mvc.perform(post(base + "/{id}/remove", housing.id().value())
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(cities.departments(graz.id())).isEmpty();
    }

    @Test
    void aRenameToANameTakenIsShownBesideThatDepartmentsFieldWithWhatWasTyped() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        TestCities.as(admin, () -> cities.addDepartment(graz.id(), "Housing"));
        var schools = TestCities.as(admin, () -> cities.addDepartment(graz.id(), "Schools"));
        var field = "rename-" + schools.id().value();

        mvc.perform(post(
                                "/manage/cities/{slug}/departments/{id}/rename",
                                graz.slug(),
                                schools.id().value())
                        .param("name", "HOUSING")
                        .header("Accept-Language", "de")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"#" + field + "\""),
                                containsString("id=\"" + field + "-error\""),
                                containsString("aria-describedby=\"" + field + "-error\""),
                                containsString("Die Stadt hat bereits eine Dienststelle namens HOUSING."),
                                containsString("value=\"HOUSING\""))));
        assertThat(cities.department(schools.id()).orElseThrow().name()).isEqualTo("Schools");
    }

    @Test
    void aPopulationThatIsNoNumberIsShownBesideItInTheReadersLanguageAndKeepsEverythingElseTyped() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        mvc.perform(post("/admin/cities")
                        .param("slug", "bregenz")
                        .param("name", "Bregenz")
                        .param("country", "AT")
                        .param("population", "about 30000")
                        .param("mainLanguage", "de")
                        .param("otherLanguages", "it")
                        .header("Accept-Language", "de")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("href=\"#population\""),
                                containsString("id=\"population-error\""),
                                containsString("Geben Sie die Einwohnerzahl als ganze Zahl ab 0 ein"),
                                containsString("aria-invalid=\"true\""),
                                containsString("aria-describedby=\"population-help population-error\""),
                                containsString("value=\"about 30000\""),
                                containsString("value=\"bregenz\""),
                                containsString("value=\"Bregenz\""),
                                containsString("<option value=\"AT\" selected=\"selected\">"),
                                containsString("<option value=\"it\" selected=\"selected\">"),
                                not(containsString("id=\"slug-error\"")))));
        assertThat(cities.findBySlug("bregenz")).isEmpty();
    }

    @Test
    void aCoordinatorOfOneCityIsRefusedEveryChangeToAnotherAndNothingChanges() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var linz = TestCities.create(context, "Linz");
        fillProfile(linz);
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var housing = TestCities.as(admin, () -> cities.addDepartment(linz.id(), "Housing"));
        var linzVersion =
                TestCities.as(admin, () -> cities.profileForEditing(linz.id())).version();
        var grazCoordinator = coordinatorOf(graz);
        var base = "/manage/cities/" + linz.slug();

        mvc.perform(get(base).with(user(grazCoordinator))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/departments").with(user(grazCoordinator))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/history").with(user(grazCoordinator))).andExpect(status().isForbidden());
        mvc.perform(profileForm(linz, linzVersion).with(user(grazCoordinator)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/departments")
                        .param("name", "Schools")
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/departments/{id}/rename", housing.id().value())
                        .param("name", "Schools")
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/departments/{id}/remove", housing.id().value())
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/cities")
                        .param("slug", "stolen")
                        .param("name", "Stolen")
                        .param("country", "AT")
                        .param("mainLanguage", "de")
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(cities.publicProfile(linz.id()).profile().description()).isEqualTo("A human-rights city.");
        assertThat(cities.departments(linz.id())).containsExactly(housing);
        assertThat(TestCities.as(admin, () -> cities.profileForEditing(linz.id()))
                        .version())
                .isEqualTo(linzVersion);
        assertThat(cities.findBySlug("stolen")).isEmpty();
    }

    @Test
    void aPlatformAdministratorCreatesACityAndSeesErrorsNextToTheFields() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        mvc.perform(get("/admin/cities").with(user(admin)).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Autriche"), containsString("allemand"))));
        mvc.perform(post("/admin/cities")
                        .param("slug", "Not A Slug")
                        .param("name", "Innsbruck")
                        .param("country", "")
                        .param("mainLanguage", "de")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"slug-error\""),
                                containsString("id=\"country-error\""),
                                containsString("value=\"Innsbruck\""))));
        mvc.perform(post("/admin/cities")
                        .param("slug", "innsbruck")
                        .param("name", "Innsbruck")
                        .param("country", "AT")
                        .param("population", "131000")
                        .param("mainLanguage", "de")
                        .param("otherLanguages", "en", "it")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/cities"));
        var created = cities.findBySlug("innsbruck").orElseThrow();
        assertThat(created.officialLanguages()).containsExactly("de", "en", "it");
        assertThat(created.population()).isEqualTo(131_000L);
        mvc.perform(post("/admin/cities")
                        .param("slug", "innsbruck")
                        .param("name", "Innsbruck again")
                        .param("country", "AT")
                        .param("mainLanguage", "de")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The address innsbruck is already used by another city.")));
    }
}
