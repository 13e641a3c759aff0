package org.equicity.city.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class CityApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Cities cities;

    private UserDetails coordinatorOf(CitySummary city) {
        return TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private static String profile(long version, String description) {
        return """
                {"version": %d, "population": 291000, "officialLanguages": ["de", "en"],
                 "focalPoint": {"name": "Ana Novak", "position": "Head", "email": "ana@graz.example",
                                "phone": "+43 316 1"},
                 "publicContact": {"website": "https://graz.example", "email": "office@graz.example"},
                 "description": "%s"}
                """.formatted(version, description);
    }

    private long version(CitySummary city) {
        return TestCities.as(coordinatorOf(city), () -> cities.profileForEditing(city.id()))
                .version();
    }

    @Test
    void anyoneListsCitiesAndReadsOnlyPublicFields() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        mvc.perform(json(put("/api/v1/cities/{id}/profile", graz.id().value()), profile(version(graz), "Public text"))
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.profile.focalPoint.phone").value("+43 316 1"));

        mvc.perform(get("/api/v1/cities").param("country", "at"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem(graz.slug())));
        mvc.perform(get("/api/v1/cities/{id}", graz.id().value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.city.name").value("Graz"))
                .andExpect(jsonPath("$.profile.description").value("Public text"))
                .andExpect(jsonPath("$.profile.publicContact.email").value("office@graz.example"))
                .andExpect(jsonPath("$.profile.focalPoint.name").value("Ana Novak"))
                .andExpect(jsonPath("$.profile.focalPoint.phone").doesNotExist())
                .andExpect(jsonPath("$.profile.focalPoint.email").doesNotExist());
        mvc.perform(get("/api/v1/cities/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/cities/not-a-uuid")).andExpect(status().isBadRequest());
    }

    @Test
    void onlyPlatformAdministratorsCreateCitiesAndBadInputIsAProblemNotAnError() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var slug = "salzburg-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(json(post("/api/v1/cities"), """
                                {"slug": "%s", "name": "Salzburg", "country": "at", "population": 155000,
                                 "officialLanguages": ["de"]}
                                """.formatted(slug)).with(user(admin)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.country").value("AT"))
                .andExpect(jsonPath("$.officialLanguages[0]").value("de"));

        var request = """
                {"slug": "x-%s", "name": "%s", "country": "%s", "population": %s, "officialLanguages": ["de"]}
                """;
        mvc.perform(json(post("/api/v1/cities"), request.formatted("a", "Nowhere", "QQ", "1"))
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("city.error.country"));
        mvc.perform(json(post("/api/v1/cities"), request.formatted("b", " ", "AT", "1"))
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(post("/api/v1/cities"), request.formatted("c", "Graz", "AT", "\"many\""))
                        .with(user(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/cities"), request.formatted("d", "Graz", "AT", "-5"))
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(
                                post("/api/v1/cities"),
                                "{\"slug\":\"e\",\"name\":\"E\",\"country\":\"AT\",\"officialLanguages\":[\"zz\"]}")
                        .with(user(admin)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("city.error.language"));

        var graz = TestCities.create(context, "Graz");
        mvc.perform(json(post("/api/v1/cities"), request.formatted("f", "Stolen", "AT", "1"))
                        .with(user(coordinatorOf(graz))))
                .andExpect(status().isForbidden());
        assertThat(cities.findBySlug("x-f")).isEmpty();
    }

    @Test
    void aStaleProfileVersionIsAConflictAndChangesNothing() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var started = version(graz);
        mvc.perform(json(put("/api/v1/cities/{id}/profile", graz.id().value()), profile(started, "First"))
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(started + 1));
        mvc.perform(json(put("/api/v1/cities/{id}/profile", graz.id().value()), profile(started, "Second"))
                        .with(user(coordinator)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(cities.publicProfile(graz.id()).profile().description()).isEqualTo("First");

        mvc.perform(json(
                                put("/api/v1/cities/{id}/profile", graz.id().value()),
                                profile(started + 1, "x").replace("ana@graz.example", "not-an-email"))
                        .with(user(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("city.error.email"));
        mvc.perform(json(put("/api/v1/cities/{id}/profile", graz.id().value()), "{\"version\": \"one\"}")
                        .with(user(coordinator)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The request body could not")));
        mvc.perform(json(put("/api/v1/cities/{id}/profile", graz.id().value()), "{\"officialLanguages\":[\"de\"]}")
                        .with(user(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(cities.publicProfile(graz.id()).profile().description()).isEqualTo("First");
    }

    @Test
    void departmentsAreManagedThroughTheApiAndHistoryIsForTheCitysPeople() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var base = "/api/v1/cities/" + graz.id().value() + "/departments";
        mvc.perform(json(post(base), "{\"name\": \"Housing\"}").with(user(coordinator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Housing"));
        mvc.perform(json(post(base), "{\"name\": \"HOUSING\"}").with(user(coordinator)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("city.error.department-taken"));
        mvc.perform(json(post(base), "{\"name\": \"\"}").with(user(coordinator)))
                .andExpect(status().isUnprocessableContent());
        var housing = cities.departments(graz.id()).get(0);
        mvc.perform(json(put(base + "/{d}", housing.id().value()), "{\"name\": \"Housing office\"}")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Housing office"));
        mvc.perform(json(put(base + "/{d}", UUID.randomUUID()), "{\"name\": \"Other\"}")
                        .with(user(coordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].name").value("Housing office"));

        mvc.perform(get("/api/v1/cities/{id}/history", graz.id().value()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("DEPARTMENT_RENAMED"))
                .andExpect(jsonPath("$[0].changes[0].from").value("Housing"))
                .andExpect(jsonPath("$[0].changes[0].to").value("Housing office"));
        var outsider = coordinatorOf(TestCities.create(context, "Linz"));
        mvc.perform(get("/api/v1/cities/{id}/history", graz.id().value()).with(user(outsider)))
                .andExpect(status().isForbidden());

        mvc.perform(delete(base + "/{d}", housing.id().value())
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(cities.departments(graz.id())).isEmpty();
    }

    @Test
    void aCoordinatorOfOneCityIsRefusedEveryApiChangeToAnotherAndNothingChanges() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var linz = TestCities.create(context, "Linz");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var housing = TestCities.as(admin, () -> cities.addDepartment(linz.id(), "Housing"));
        var linzVersion = version(linz);
        var grazCoordinator = coordinatorOf(graz);
        var base = "/api/v1/cities/" + linz.id().value();

        mvc.perform(get(base + "/profile").with(user(grazCoordinator))).andExpect(status().isForbidden());
        mvc.perform(json(put(base + "/profile"), profile(linzVersion, "Taken over"))
                        .with(user(grazCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(base + "/departments"), "{\"name\": \"Schools\"}").with(user(grazCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(json(put(base + "/departments/{d}", housing.id().value()), "{\"name\": \"Schools\"}")
                        .with(user(grazCoordinator)))
                .andExpect(status().isForbidden());
        mvc.perform(delete(base + "/departments/{d}", housing.id().value())
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        // Reaching Linz's department through one's own city finds nothing.
        mvc.perform(delete(
                                "/api/v1/cities/{id}/departments/{d}",
                                graz.id().value(),
                                housing.id().value())
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(cities.departments(linz.id())).containsExactly(housing);
        assertThat(cities.publicProfile(linz.id()).profile().description()).isNull();
        assertThat(version(linz)).isEqualTo(linzVersion);
        mvc.perform(get("/api/v1/cities/{id}", linz.id().value()))
                .andExpect(jsonPath("$.departments[*].name", not(hasItem("Schools"))));
    }
}
