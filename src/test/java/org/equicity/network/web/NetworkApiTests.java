package org.equicity.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.NetworkTestData;
import org.equicity.network.Networks;
import org.equicity.network.Networks.FrameworkUse;
import org.equicity.network.Networks.Member;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class NetworkApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Networks networks;

    @Autowired
    Frameworks frameworks;

    NetworkTestData data;

    @BeforeEach
    void setUp() {
        data = new NetworkTestData(context);
    }

    static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    @Test
    void anyoneReadsNetworksAndTheirMembers() throws Exception {
        var network = data.network("ECCAR api");
        var graz = data.city("Graz");
        data.as(data.secretariatOf(network.id()), () -> {
            networks.chooseFrameworks(network.id(), java.util.Set.of(new FrameworkRef("eccar-commitments", "2023")));
            return networks.admit(network.id(), graz.id(), LocalDate.of(2006, 3, 1));
        });

        mvc.perform(get("/api/v1/networks"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].slug", hasItem(network.slug())));
        mvc.perform(get("/api/v1/networks/" + network.id().value()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("ECCAR api"))
                .andExpect(jsonPath("$.reportingPeriodYears").value(2))
                .andExpect(jsonPath("$.frameworks[0].ref").value("eccar-commitments@2023"))
                .andExpect(jsonPath("$.frameworks[0].name")
                        .value(frameworks
                                .find(new FrameworkRef("eccar-commitments", "2023"))
                                .orElseThrow()
                                .name()
                                .in("de")));
        mvc.perform(get("/api/v1/networks/" + network.id().value() + "/members"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].cityId").value(graz.id().value().toString()))
                .andExpect(jsonPath("$[0].joinedOn").value("2006-03-01"))
                .andExpect(jsonPath("$[0].leftOn").doesNotExist());
    }

    @Test
    void theApiIsDescribedInTheOpenApiDocument() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/networks/{id}/members/{cityId}'].delete.summary")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/networks/{id}/invitations'].post.tags[0]")
                        .value("Networks"));
    }

    @Test
    void unknownOrMalformedIdsAreProblemsNotErrors() throws Exception {
        mvc.perform(get("/api/v1/networks/" + UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/networks/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aPlatformAdministratorCreatesANetworkAndOthersCannot() throws Exception {
        var slug = NetworkTestData.unique("ici");
        var body = "{\"slug\":\"" + slug + "\",\"name\":\"Intercultural Cities\",\"reportingPeriodYears\":3}";
        mvc.perform(json(post("/api/v1/networks"), body).with(user(data.admin())))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.slug").value(slug))
                .andExpect(jsonPath("$.reportingPeriodYears").value(3));

        var other = NetworkTestData.unique("ici");
        var city = data.city("Graz");
        mvc.perform(json(post("/api/v1/networks"), body.replace(slug, other)).with(user(data.coordinatorOf(city.id()))))
                .andExpect(status().isForbidden());
        assertThat(networks.findBySlug(other)).isEmpty();

        mvc.perform(json(post("/api/v1/networks"), body).with(user(data.admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.slug.taken"));
        mvc.perform(json(post("/api/v1/networks"), "{\"slug\":\"Bad Slug\",\"name\":\"\",\"reportingPeriodYears\":11}")
                        .with(user(data.admin())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("slug")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("reportingPeriodYears")));
        mvc.perform(json(
                                post("/api/v1/networks"),
                                "{\"slug\":\"x" + slug + "\",\"name\":\"X\",\"reportingPeriodYears\":\"two\"}")
                        .with(user(data.admin())))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSecretariatUpdatesWithTheVersionItReadAndAStaleVersionConflicts() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        var url = "/api/v1/networks/" + network.id().value();
        var body = "{\"name\":\"ECCAR e.V.\",\"website\":\"https://www.eccar.info\",\"reportingPeriodYears\":4,"
                + "\"version\":" + network.version() + "}";

        mvc.perform(json(put(url), body).with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("ECCAR e.V."))
                .andExpect(jsonPath("$.version").value(network.version() + 1));
        mvc.perform(json(put(url), body.replace("ECCAR e.V.", "Stale")).with(user(secretariat)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(
                                put(url),
                                body.replace("https://www.eccar.info", "javascript:alert(1)")
                                        .replace(
                                                "\"version\":" + network.version(),
                                                "\"version\":" + (network.version() + 1)))
                        .with(user(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.website.invalid"));
        mvc.perform(json(put(url), "{\"name\":\"X\",\"reportingPeriodYears\":2}")
                        .with(user(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(networks.find(network.id()).orElseThrow().name()).isEqualTo("ECCAR e.V.");
    }

    @Test
    void theSecretariatChoosesFrameworksWhichAreThenInUse() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        var url = "/api/v1/networks/" + network.id().value() + "/frameworks";

        mvc.perform(json(put(url), "{\"frameworks\":[\"ici-good-practice-criteria@2019\"]}")
                        .with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].ref").value("ici-good-practice-criteria@2019"));
        assertThat(frameworks.isInUse(new FrameworkRef("ici-good-practice-criteria", "2019")))
                .isTrue();

        mvc.perform(json(put(url), "{\"frameworks\":[\"eccar-tracks@1999\"]}").with(user(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.frameworks.unknown"));
        mvc.perform(json(put(url), "{\"frameworks\":[\"no reference\"]}").with(user(secretariat)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(json(put(url), "{\"frameworks\":\"eccar-tracks@2023\"}").with(user(secretariat)))
                .andExpect(status().is4xxClientError());
        assertThat(networks.find(network.id()).orElseThrow().frameworks())
                .extracting(FrameworkUse::ref)
                .containsExactly(new FrameworkRef("ici-good-practice-criteria", "2019"));
    }

    @Test
    void theSecretariatAdmitsAndReleasesCities() throws Exception {
        var network = data.network("ECCAR");
        var graz = data.city("Graz");
        var secretariat = data.secretariatOf(network.id());
        var url = "/api/v1/networks/" + network.id().value() + "/members";

        mvc.perform(json(post(url), "{\"cityId\":\"" + graz.id().value() + "\",\"joinedOn\":\"2006-03-01\"}")
                        .with(user(secretariat)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.cityName").value("Graz"));
        mvc.perform(json(post(url), "{\"cityId\":\"" + UUID.randomUUID() + "\",\"joinedOn\":\"2006-03-01\"}")
                        .with(user(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.city.unknown"));
        mvc.perform(json(post(url), "{\"cityId\":\"" + graz.id().value() + "\",\"joinedOn\":\"01.03.2006\"}")
                        .with(user(secretariat)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(url), "{\"cityId\":\"graz\",\"joinedOn\":\"2006-03-01\"}")
                        .with(user(secretariat)))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(url), "{\"cityId\":\"" + graz.id().value() + "\"}")
                        .with(user(secretariat)))
                .andExpect(status().isUnprocessableContent());

        mvc.perform(delete(url + "/" + graz.id().value())
                        .param("leftOn", "31.12.2015")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(delete(url + "/" + graz.id().value())
                        .param("leftOn", "2001-01-01")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.leftOn.before-joined"));
        mvc.perform(delete(url + "/" + graz.id().value())
                        .param("leftOn", "2015-12-31")
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(get(url)).andExpect(jsonPath("$[0].leftOn").value("2015-12-31"));
        mvc.perform(delete(url + "/" + graz.id().value())
                        .with(user(secretariat))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.city.not-member"));
    }

    @Test
    void theSecretariatListsAndInvitesPeople() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        var base = "/api/v1/networks/" + network.id().value();
        var email = NetworkTestData.unique("rev") + "@example.org";

        mvc.perform(json(
                                post(base + "/invitations"),
                                "{\"email\":\"" + email
                                        + "\",\"displayName\":\"Rita\",\"role\":\"REVIEWER\",\"language\":\"es\"}")
                        .with(user(secretariat)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(email));
        TestPeople.acceptInvitation(context, email);
        mvc.perform(get(base + "/people").with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].email", hasItem(email)));
        mvc.perform(get(base + "/people"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(json(
                                post(base + "/invitations"),
                                "{\"email\":\"" + email + "\",\"displayName\":\"Rita\",\"role\":\"PLATFORM_ADMIN\"}")
                        .with(user(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("network.error.role.not-network"));
        mvc.perform(json(
                                post(base + "/invitations"),
                                "{\"email\":\"not-an-email\",\"displayName\":\"\",\"role\":\"REVIEWER\"}")
                        .with(user(secretariat)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("email")));
        mvc.perform(json(
                                post(base + "/invitations"),
                                "{\"email\":\"a@example.org\",\"displayName\":\"A\",\"role\":\"KING\"}")
                        .with(user(secretariat)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theSecretariatOfAnotherNetworkAndCityCoordinatorsAreRefusedAndNothingChanges() throws Exception {
        var network = data.network("Theirs");
        var graz = data.city("Graz");
        var linz = data.city("Linz");
        data.as(
                data.secretariatOf(network.id()),
                () -> networks.admit(network.id(), graz.id(), LocalDate.of(2006, 3, 1)));
        var before = networks.find(network.id()).orElseThrow();
        var base = "/api/v1/networks/" + network.id().value();

        for (var intruder : List.of(data.secretariatOf(data.network("Mine").id()), data.coordinatorOf(graz.id()))) {
            mvc.perform(json(
                                    put(base),
                                    "{\"name\":\"Taken\",\"reportingPeriodYears\":2,\"version\":" + before.version()
                                            + "}")
                            .with(user(intruder)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(put(base + "/frameworks"), "{\"frameworks\":[\"eccar-tracks@2023\"]}")
                            .with(user(intruder)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(
                                    post(base + "/members"),
                                    "{\"cityId\":\"" + linz.id().value() + "\",\"joinedOn\":\"2020-01-01\"}")
                            .with(user(intruder)))
                    .andExpect(status().isForbidden());
            mvc.perform(delete(base + "/members/" + graz.id().value())
                            .param("leftOn", "2020-01-01")
                            .with(user(intruder))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get(base + "/people").with(user(intruder))).andExpect(status().isForbidden());
            mvc.perform(json(
                                    post(base + "/invitations"),
                                    "{\"email\":\"intruder@example.org\","
                                            + "\"displayName\":\"I\",\"role\":\"NETWORK_SECRETARIAT\"}")
                            .with(user(intruder)))
                    .andExpect(status().isForbidden());
        }

        assertThat(networks.find(network.id())).contains(before);
        assertThat(networks.members(network.id()))
                .extracting(Member::cityName, Member::isCurrent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Graz", true));
        assertThat(data.as(data.secretariatOf(network.id()), () -> networks.people(network.id())))
                .extracting(People.RoleHolder::email)
                .doesNotContain("intruder@example.org");
        assertThat(data.as(data.secretariatOf(network.id()), () -> networks.people(network.id())))
                .extracting(holder -> holder.grant().role())
                .containsOnly(Role.NETWORK_SECRETARIAT);
    }
}
