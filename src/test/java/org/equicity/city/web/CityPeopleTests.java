package org.equicity.city.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.people.People;
import org.equicity.people.People.RoleHolder;
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

@SpringBootTest
@AutoConfigureMockMvc
class CityPeopleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Cities cities;

    @Autowired
    People people;

    private UserDetails coordinatorOf(CitySummary city) {
        return TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
    }

    private List<RoleHolder> holders(CitySummary city) {
        return TestCities.as(TestPeople.holding(context, RoleGrant.platformAdmin()), () -> people.inCity(city.id()));
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    @Test
    void aCoordinatorInvitesListsAndRevokesTheCitysPeople() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var housing = TestCities.as(coordinator, () -> cities.addDepartment(graz.id(), "Housing"));
        var base = "/manage/cities/" + graz.slug() + "/people";
        var partnerEmail = unique("partner");

        mvc.perform(post(base)
                        .param("email", partnerEmail)
                        .param("displayName", "Migrant council")
                        .param("role", "CIVIL_SOCIETY_PARTNER")
                        .param("language", "de")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl(base))
                .andExpect(flash().attribute("notice", "city.people.notice.invited"));
        TestPeople.acceptInvitation(context, partnerEmail);

        var contactEmail = unique("contact");
        mvc.perform(post(base)
                        .param("email", contactEmail)
                        .param("displayName", "Housing contact")
                        .param("role", "DEPARTMENT_CONTACT")
                        .param("language", "en")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"department-error\""),
                                containsString("Choose a department of this city for a department contact."),
                                containsString("value=\"" + contactEmail + "\""))));
        mvc.perform(post(base)
                        .param("email", contactEmail)
                        .param("displayName", "Housing contact")
                        .param("role", "DEPARTMENT_CONTACT")
                        .param("department", housing.id().value().toString())
                        .param("language", "en")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        TestPeople.acceptInvitation(context, contactEmail);

        mvc.perform(get(base).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Migrant council"),
                                containsString("Civil-society partner"),
                                containsString("Housing contact"),
                                containsString("(Housing)"),
                                containsString("lang=\"de\">Deutsch</option>"))));

        mvc.perform(post(
                                "/manage/cities/{slug}/departments/{id}/remove",
                                graz.slug(),
                                housing.id().value())
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone is still the contact for this department.")));
        assertThat(cities.departments(graz.id())).containsExactly(housing);

        var partner = holders(graz).stream()
                .filter(holder -> holder.email().equals(partnerEmail))
                .findFirst()
                .orElseThrow();
        mvc.perform(post(base + "/revoke")
                        .param("person", partner.person().value().toString())
                        .param("role", "CIVIL_SOCIETY_PARTNER")
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(redirectedUrl(base));
        assertThat(holders(graz))
                .extracting(RoleHolder::email)
                .doesNotContain(partnerEmail)
                .contains(contactEmail);
    }

    @Test
    void aCoordinatorOfOneCityCannotInviteToOrRevokeFromAnother() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var linz = TestCities.create(context, "Linz");
        var linzCoordinator = coordinatorOf(linz);
        var grazCoordinator = coordinatorOf(graz);
        var before = holders(linz);
        var base = "/manage/cities/" + linz.slug() + "/people";
        var email = unique("intruder");

        mvc.perform(get(base).with(user(grazCoordinator))).andExpect(status().isForbidden());
        mvc.perform(post(base)
                        .param("email", email)
                        .param("role", "CITY_COORDINATOR")
                        .param("language", "en")
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        var linzCoordinatorId = before.get(0).person().value().toString();
        mvc.perform(post(base + "/revoke")
                        .param("person", linzCoordinatorId)
                        .param("role", "CITY_COORDINATOR")
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/cities/{id}/invitations", linz.id().value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"role\":\"CITY_COORDINATOR\"}".formatted(email))
                        .with(user(grazCoordinator))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/cities/{id}/people", linz.id().value()).with(user(grazCoordinator)))
                .andExpect(status().isForbidden());

        assertThat(holders(linz)).isEqualTo(before);
        assertThat(linzCoordinator).isNotNull();
    }

    @Test
    void theApiListsAndInvitesTheCitysPeopleAndRefusesUnknownRoles() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var email = unique("partner");
        mvc.perform(post("/api/v1/cities/{id}/invitations", graz.id().value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"displayName\":\"NGO\",\"role\":\"CIVIL_SOCIETY_PARTNER\"}"
                                .formatted(email))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email));
        TestPeople.acceptInvitation(context, email);
        mvc.perform(post("/api/v1/cities/{id}/invitations", graz.id().value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"role\":\"PLATFORM_ADMIN\"}".formatted(unique("x")))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cities/{id}/invitations", graz.id().value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"role\":\"DEPARTMENT_CONTACT\"}".formatted(unique("y")))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("city.people.error.department"));
        mvc.perform(get("/api/v1/cities/{id}/people", graz.id().value()).with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].email", hasItem(email)))
                .andExpect(jsonPath("$[*].role", hasItem("CIVIL_SOCIETY_PARTNER")));
    }
}
