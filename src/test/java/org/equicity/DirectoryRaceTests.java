package org.equicity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.equicity.city.TestCities;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.report.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * Ten identical requests at once to invite an email, create a city or a network, add a department, admit and release
 * a member city, and choose a network's frameworks and translation languages.
 */
class DirectoryRaceTests extends RaceTestContext {

    // People

    @Test
    void tenInvitationsOfTheSameEmailMakeOnePerson() throws Exception {
        var world = ReportFixtures.create(context);
        var email = "partner-" + UUID.randomUUID() + "@example.org";

        race(
                "POST /api/v1/cities/{id}/invitations",
                world.coordinator(),
                HttpMethod.POST,
                "/api/v1/cities/" + world.city().id().value() + "/invitations",
                """
                {"email":"%s","displayName":"Partner","role":"CIVIL_SOCIETY_PARTNER"}""".formatted(email));
        race(
                "POST /api/v1/networks/{id}/invitations",
                world.secretariat(),
                HttpMethod.POST,
                "/api/v1/networks/" + world.network().id().value() + "/invitations",
                """
                {"email":"%s","displayName":"Partner","role":"REVIEWER","language":"en"}""".formatted(email));
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        race("POST /api/v1/people/invitations", admin, HttpMethod.POST, "/api/v1/people/invitations", """
                {"email":"%s","role":"CITY_COORDINATOR","cityId":"%s"}""".formatted(
                        email, world.city().id().value()));

        assertThat(count("select count(*) from person where email = ?", email)).isEqualTo(1);
        assertThat(count(
                        "select count(*) from pending_grant g join person p on p.id = g.person_id where p.email = ?",
                        email))
                .as("one invitation per role and place, taking effect when accepted")
                .isEqualTo(3);
    }

    // Cities and networks

    @Test
    void tenCitiesWithTheSameAddressMakeOne() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var slug = "twin-" + UUID.randomUUID().toString().substring(0, 8);

        race("POST /api/v1/cities", admin, HttpMethod.POST, "/api/v1/cities", """
                {"slug":"%s","name":"Twin Town","country":"AT","officialLanguages":["de"]}""".formatted(slug));
        race("POST /api/v1/networks", admin, HttpMethod.POST, "/api/v1/networks", """
                {"slug":"%s","name":"Twin Network"}""".formatted(slug));

        assertThat(count("select count(*) from city where slug = ?", slug)).isEqualTo(1);
        assertThat(count("select count(*) from network where slug = ?", slug)).isEqualTo(1);
    }

    @Test
    void tenDepartmentsOfTheSameNameMakeOne() throws Exception {
        var world = ReportFixtures.create(context);

        race(
                "POST /api/v1/cities/{id}/departments",
                world.coordinator(),
                HttpMethod.POST,
                "/api/v1/cities/" + world.city().id().value() + "/departments",
                """
                {"name":"Office for equal opportunities"}""");

        assertThat(count(
                        "select count(*) from department where city_id = ?",
                        world.city().id().value()))
                .isEqualTo(1);
    }

    @Test
    void tenAdmissionsOfTheSameCityMakeOneMembership() throws Exception {
        var world = ReportFixtures.create(context);
        var city = TestCities.create(context, "Neustadt");
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var members = "/api/v1/networks/" + world.network().id().value() + "/members";

        race("POST /api/v1/networks/{id}/members", admin, HttpMethod.POST, members, """
                {"cityId":"%s","joinedOn":"2024-01-01"}""".formatted(
                        city.id().value()));
        assertThat(count(
                        "select count(*) from network_membership where city_id = ?",
                        city.id().value()))
                .isEqualTo(1);

        race(
                "DELETE /api/v1/networks/{id}/members/{cityId}",
                admin,
                HttpMethod.DELETE,
                members + "/" + city.id().value(),
                null);
        assertThat(count(
                        "select count(*) from network_membership where city_id = ? and left_on is not null",
                        city.id().value()))
                .isEqualTo(1);
    }

    @Test
    void tenChoicesOfTheSameFrameworksAndLanguagesKeepOneEach() throws Exception {
        var world = ReportFixtures.create(context);
        var network = "/api/v1/networks/" + world.network().id().value();

        race("PUT /api/v1/networks/{id}/frameworks", world.secretariat(), HttpMethod.PUT, network + "/frameworks", """
                {"frameworks":["eccar-commitments@2023","eccar-tracks@2023"]}""");
        race(
                "PUT /api/v1/networks/{id}/translation-languages",
                world.secretariat(),
                HttpMethod.PUT,
                network + "/translation-languages",
                """
                {"languages":["fr","it"]}""");

        assertThat(count(
                        "select count(*) from network_framework where network_id = ?",
                        world.network().id().value()))
                .isEqualTo(2);
        assertThat(count(
                        "select count(*) from network_translation_language where network_id = ?",
                        world.network().id().value()))
                .isEqualTo(2);
    }
}
