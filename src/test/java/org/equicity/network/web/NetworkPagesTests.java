package org.equicity.network.web;

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

import java.time.LocalDate;
import java.util.Set;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.NetworkTestData;
import org.equicity.network.Networks;
import org.equicity.network.Networks.Describe;
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
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class NetworkPagesTests {

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

    @Test
    void thePublicSeesTheListAndANetworkWithFrameworksAndMembers() throws Exception {
        var network = data.network("ECCAR public");
        var graz = data.city("Graz");
        var wien = data.city("Wien");
        data.as(data.secretariatOf(network.id()), () -> {
            networks.chooseFrameworks(network.id(), Set.of(new FrameworkRef("eccar-commitments", "2023")));
            networks.admit(network.id(), graz.id(), LocalDate.of(2006, 3, 1));
            networks.admit(network.id(), wien.id(), LocalDate.of(2010, 5, 1));
            networks.release(network.id(), wien.id(), LocalDate.of(2015, 12, 31));
            return null;
        });

        mvc.perform(get("/networks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/networks/" + network.slug() + "\"")));
        mvc.perform(get("/networks/" + network.slug()).header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<h1>ECCAR public</h1>"),
                                containsString("Die Mitgliedsstädte berichten alle 2 Jahre."),
                                containsString("href=\"/frameworks/eccar-commitments/2023\""),
                                containsString("href=\"/cities/" + graz.slug() + "\""),
                                containsString("01.03.2006"),
                                containsString("<td>Österreich</td>"),
                                containsString("Ehemalige Mitgliedsstädte"),
                                containsString("31.12.2015"),
                                not(containsString("href=\"/manage/networks/")))));
    }

    @Test
    void anUnknownNetworkIsNotFound() throws Exception {
        mvc.perform(get("/networks/no-such-network")).andExpect(status().isNotFound());
    }

    @Test
    void theSecretariatEditsTheDescription() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());

        mvc.perform(get("/manage/networks/" + network.slug()).with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"" + network.version() + "\"")));
        mvc.perform(post("/manage/networks/" + network.slug())
                        .with(user(secretariat))
                        .with(csrf())
                        .param("name", "ECCAR e.V.")
                        .param("description", "Coalition of cities")
                        .param("website", "https://www.eccar.info")
                        .param("reportingPeriodYears", "3")
                        .param("version", Long.toString(network.version())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/networks/" + network.slug()))
                .andExpect(flash().attribute("notice", "Your changes have been saved."));

        var stored = networks.find(network.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("ECCAR e.V.");
        assertThat(stored.reportingPeriodYears()).isEqualTo(3);
    }

    @Test
    void fieldErrorsAreShownNextToTheFieldsAndKeepWhatWasTyped() throws Exception {
        var network = data.network("ECCAR");
        mvc.perform(post("/manage/networks/" + network.slug())
                        .with(user(data.secretariatOf(network.id())))
                        .with(csrf())
                        .param("name", "Typed name")
                        .param("website", "www.no-scheme.org")
                        .param("reportingPeriodYears", "twelve")
                        .param("version", Long.toString(network.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("value=\"Typed name\""),
                                containsString("value=\"twelve\""),
                                containsString("aria-invalid=\"true\""),
                                containsString("id=\"reportingPeriodYears-error\""),
                                containsString("Enter a whole number of years from 1 to 10."))));

        mvc.perform(post("/manage/networks/" + network.slug())
                        .with(user(data.secretariatOf(network.id())))
                        .with(csrf())
                        .param("name", "Typed name")
                        .param("website", "www.no-scheme.org")
                        .param("reportingPeriodYears", "2")
                        .param("version", Long.toString(network.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"website-error\""),
                                containsString("aria-describedby=\"website-hint website-error\""),
                                containsString("value=\"www.no-scheme.org\""))));
        assertThat(networks.find(network.id()).orElseThrow().name()).isEqualTo("ECCAR");
    }

    @Test
    void aConflictKeepsTheTypedTextAndShowsWhatIsStored() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        data.as(
                secretariat,
                () -> networks.describe(
                        network.id(), new Describe("Saved by a colleague", null, null, 2, network.version())));

        mvc.perform(post("/manage/networks/" + network.slug())
                        .with(user(secretariat))
                        .with(csrf())
                        .param("name", "My typed name")
                        .param("reportingPeriodYears", "4")
                        .param("version", Long.toString(network.version())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Someone else saved this network while you were editing it."),
                                containsString("value=\"My typed name\""),
                                containsString("<dd>Saved by a colleague</dd>"),
                                containsString("name=\"version\" value=\"" + (network.version() + 1) + "\""))));
        assertThat(networks.find(network.id()).orElseThrow().name()).isEqualTo("Saved by a colleague");

        mvc.perform(post("/manage/networks/" + network.slug())
                        .with(user(secretariat))
                        .with(csrf())
                        .param("name", "My typed name")
                        .param("reportingPeriodYears", "4")
                        .param("version", Long.toString(network.version() + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(networks.find(network.id()).orElseThrow().name()).isEqualTo("My typed name");
    }

    @Test
    void choosingFrameworksOnThePageRecordsTheirUse() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        var ref = new FrameworkRef("eurocities-benchmark-key-factors", "2012");

        mvc.perform(get("/manage/networks/" + network.slug() + "/frameworks")
                        .with(user(secretariat))
                        .header("Accept-Language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + ref + "\"")))
                .andExpect(content()
                        .string(containsString(
                                frameworks.find(ref).orElseThrow().name().in("fr"))));
        mvc.perform(post("/manage/networks/" + network.slug() + "/frameworks")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("frameworks", ref.toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(networks.find(network.id()).orElseThrow().frameworks())
                .extracting(FrameworkUse::ref)
                .containsExactly(ref);
        assertThat(frameworks.isInUse(ref)).isTrue();

        mvc.perform(post("/manage/networks/" + network.slug() + "/frameworks")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("frameworks", "not a reference"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"frameworks-error\"")));
    }

    @Test
    void theSecretariatAdmitsAndReleasesACity() throws Exception {
        var network = data.network("ECCAR");
        var graz = data.city("Graz");
        var secretariat = data.secretariatOf(network.id());
        var page = "/manage/networks/" + network.slug() + "/members";

        mvc.perform(get(page).with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("value=\"" + graz.id().value() + "\"")));
        mvc.perform(post(page)
                        .with(user(secretariat))
                        .with(csrf())
                        .param("city", graz.id().value().toString())
                        .param("joinedOn", "not-a-date"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"joinedOn-error\"")));
        mvc.perform(post(page)
                        .with(user(secretariat))
                        .with(csrf())
                        .param("city", graz.id().value().toString())
                        .param("joinedOn", "2006-03-01"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "Graz is now a member city."));

        mvc.perform(post(page + "/release")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("city", graz.id().value().toString())
                        .param("leftOn", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A city cannot leave before it joined (Mar 1, 2006).")));
        mvc.perform(post(page + "/release")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("city", graz.id().value().toString())
                        .param("leftOn", "2015-12-31"))
                .andExpect(status().is3xxRedirection());

        assertThat(networks.members(network.id()))
                .extracting(Member::joinedOn, Member::leftOn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2006, 3, 1), LocalDate.of(2015, 12, 31)));
    }

    @Test
    void theSecretariatInvitesAndRemovesReviewers() throws Exception {
        var network = data.network("ECCAR");
        var secretariat = data.secretariatOf(network.id());
        var page = "/manage/networks/" + network.slug() + "/people";
        var email = NetworkTestData.unique("rita") + "@example.org";

        mvc.perform(post(page)
                        .with(user(secretariat))
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Rita Reviewer")
                        .param("role", "REVIEWER")
                        .param("language", "it"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "An invitation has been sent to " + email + "."));
        TestPeople.acceptInvitation(context, email);
        mvc.perform(get(page).with(user(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Rita Reviewer"), containsString("Reviewer"))));

        mvc.perform(post(page)
                        .with(user(secretariat))
                        .with(csrf())
                        .param("email", email)
                        .param("displayName", "Rita")
                        .param("role", "PLATFORM_ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"role-error\"")));

        var rita = data.as(secretariat, () -> networks.people(network.id())).stream()
                .filter(holder -> holder.email().equals(email))
                .findFirst()
                .orElseThrow();
        mvc.perform(post(page + "/revoke")
                        .with(user(secretariat))
                        .with(csrf())
                        .param("person", rita.person().value().toString())
                        .param("role", "REVIEWER"))
                .andExpect(status().is3xxRedirection());
        assertThat(data.as(secretariat, () -> networks.people(network.id())))
                .extracting(People.RoleHolder::email)
                .doesNotContain(email);
    }

    @Test
    void aPlatformAdministratorCreatesANetwork() throws Exception {
        var slug = NetworkTestData.unique("national");
        var admin = data.admin();
        mvc.perform(get("/admin/networks").with(user(admin))).andExpect(status().isOk());
        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "National coalition")
                        .param("reportingPeriodYears", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/networks/" + slug + "/people"));
        assertThat(networks.findBySlug(slug)).isPresent();

        mvc.perform(post("/admin/networks")
                        .with(user(admin))
                        .with(csrf())
                        .param("slug", slug)
                        .param("name", "Again")
                        .param("reportingPeriodYears", "2"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"slug-error\""),
                                containsString("The short name " + slug + " is already used by another network."))));
    }

    @Test
    void theSecretariatOfAnotherNetworkIsRefusedEverywhereAndNothingChanges() throws Exception {
        var network = data.network("Theirs");
        var graz = data.city("Graz");
        data.as(
                data.secretariatOf(network.id()),
                () -> networks.admit(network.id(), graz.id(), LocalDate.of(2006, 3, 1)));
        var before = networks.find(network.id()).orElseThrow();
        var reviewer = data.as(
                data.secretariatOf(network.id()),
                () -> networks.invite(
                        network.id(),
                        new Networks.InviteToNetwork(
                                NetworkTestData.unique("r") + "@example.org", "R", Role.REVIEWER, "en")));
        TestPeople.acceptInvitation(context, reviewer.email());
        var other = data.secretariatOf(data.network("Mine").id());
        var coordinator = data.coordinatorOf(graz.id());
        var base = "/manage/networks/" + network.slug();

        for (var intruder : java.util.List.of(other, coordinator)) {
            for (var path : java.util.List.of(base, base + "/frameworks", base + "/members", base + "/people")) {
                mvc.perform(get(path).with(user(intruder))).andExpect(status().isForbidden());
            }
            mvc.perform(post(base)
                            .with(user(intruder))
                            .with(csrf())
                            .param("name", "Taken over")
                            .param("reportingPeriodYears", "2")
                            .param("version", Long.toString(before.version())))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/frameworks")
                            .with(user(intruder))
                            .with(csrf())
                            .param("frameworks", "eccar-tracks@2023"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/members")
                            .with(user(intruder))
                            .with(csrf())
                            .param("city", data.city("Linz").id().value().toString())
                            .param("joinedOn", "2020-01-01"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/members/release")
                            .with(user(intruder))
                            .with(csrf())
                            .param("city", graz.id().value().toString())
                            .param("leftOn", "2020-01-01"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/people")
                            .with(user(intruder))
                            .with(csrf())
                            .param("email", "intruder@example.org")
                            .param("displayName", "Intruder")
                            .param("role", "NETWORK_SECRETARIAT"))
                    .andExpect(status().isForbidden());
            mvc.perform(post(base + "/people/revoke")
                            .with(user(intruder))
                            .with(csrf())
                            .param("person", reviewer.person().value().toString())
                            .param("role", "REVIEWER"))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/networks").with(user(intruder))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/networks")
                            .with(user(intruder))
                            .with(csrf())
                            .param("slug", NetworkTestData.unique("x"))
                            .param("name", "X")
                            .param("reportingPeriodYears", "2"))
                    .andExpect(status().isForbidden());
        }

        assertThat(networks.find(network.id())).contains(before);
        assertThat(networks.members(network.id())).extracting(Member::isCurrent).containsExactly(true);
        assertThat(data.as(data.secretariatOf(network.id()), () -> networks.people(network.id())))
                .filteredOn(holder -> holder.grant().role() == Role.REVIEWER)
                .extracting(People.RoleHolder::person)
                .containsExactly(reviewer.person());
        assertThat(data.as(data.secretariatOf(network.id()), () -> networks.people(network.id())))
                .extracting(People.RoleHolder::email)
                .doesNotContain("intruder@example.org");
    }
}
