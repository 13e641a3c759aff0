package org.equicity.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.equicity.mail.Mailer;
import org.equicity.people.Accounts;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.equicity.shared.CityId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class AccountAndApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Mailer mailer;

    final CityId cityA = new CityId(UUID.randomUUID());
    final CityId cityB = new CityId(UUID.randomUUID());

    UserDetails holding(RoleGrant... grants) {
        return TestPeople.holding(context, grants);
    }

    String createToken(UserDetails owner) throws Exception {
        var result = mvc.perform(post("/account/tokens")
                        .param("name", "reporting script")
                        .with(user(owner))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        return ((Accounts.CreatedToken) result.getFlashMap().get("createdToken")).token();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    long personCount(String email) {
        return jdbc.queryForObject("select count(*) from person where email = ?", Long.class, email);
    }

    long grantCount(UUID city) {
        return jdbc.queryForObject("select count(*) from role_grant where city_id = ?", Long.class, city);
    }

    @Test
    void anAnonymousApiCallGetsA401ProblemNotTheLoginPage() throws Exception {
        mvc.perform(get("/api/v1/people/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").value("Sign in or send an API token."));
    }

    @Test
    void aForbiddenApiCallGetsA403Problem() throws Exception {
        mvc.perform(get("/api/v1/people").with(user(holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA)))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("You are not allowed to do this."));
        mvc.perform(get("/api/v1/people").with(user(holding(RoleGrant.platformAdmin()))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].email").exists());
    }

    @Test
    void aForbiddenPageIsThe403PageNotARedirect() throws Exception {
        mvc.perform(get("/admin").with(user(holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA)))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/outbox").with(user(holding()))).andExpect(status().isForbidden());
        mvc.perform(get("/admin")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aBearerTokenAuthenticatesTheApiWithoutCsrfUntilItIsRevoked() throws Exception {
        var owner = holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        var token = createToken(owner);

        mvc.perform(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(owner.getUsername()))
                .andExpect(jsonPath("$.roles[0].role").value("CITY_COORDINATOR"))
                .andExpect(jsonPath("$.roles[0].cityId").value(cityA.value().toString()));
        var invited = "invited-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/api/v1/people/invitations")
                        .header(HttpHeaders.AUTHORIZATION, bearer(token))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email":"%s","displayName":"Ina","role":"CIVIL_SOCIETY_PARTNER","cityId":"%s"}
                                """.formatted(invited, cityA.value())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.email").value(invited));
        assertThat(personCount(invited)).isEqualTo(1);

        var tokenId = jdbc.queryForObject(
                "select t.id from api_token t join person p on p.id = t.person_id where p.email = ?",
                UUID.class,
                owner.getUsername());
        mvc.perform(post("/account/tokens/{id}/revoke", tokenId)
                        .with(user(owner))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account#tokens"));
        mvc.perform(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void unknownAndExpiredTokensAreRefused() throws Exception {
        mvc.perform(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, bearer("eqc_made-up")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("invalid_token")));
        var owner = holding();
        var token = createToken(owner);
        jdbc.update(
                "update api_token set expires_at = ? where person_id = (select id from person where email = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                owner.getUsername());
        mvc.perform(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSessionWriteToTheApiNeedsCsrf() throws Exception {
        mvc.perform(post("/api/v1/people/invitations")
                        .with(user(holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA))))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"x@example.org\",\"role\":\"CITY_COORDINATOR\",\"cityId\":\"%s\"}"
                                .formatted(cityA.value())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCoordinatorOfCityACannotInviteOrRevokeInCityBThroughTheApiAndNothingChanges() throws Exception {
        var coordinatorB = holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityB));
        var coordinatorA = holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA));
        var email = "intruder-" + UUID.randomUUID() + "@example.org";

        mvc.perform(post("/api/v1/people/invitations")
                        .with(user(coordinatorA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"role\":\"CITY_COORDINATOR\",\"cityId\":\"%s\"}"
                                .formatted(email, cityB.value())))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(personCount(email)).isZero();
        assertThat(mailer.outbox(500)).noneMatch(mail -> mail.recipient().equals(email));

        var holderB =
                jdbc.queryForObject("select id from person where email = ?", UUID.class, coordinatorB.getUsername());
        mvc.perform(post("/api/v1/people/{id}/revocations", holderB)
                        .with(user(coordinatorA))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"CITY_COORDINATOR\",\"cityId\":\"%s\"}".formatted(cityB.value())))
                .andExpect(status().isForbidden());
        assertThat(grantCount(cityB.value())).isEqualTo(1);
    }

    @Test
    void aCoordinatorOfCityACannotRevokeInCityBThroughTheFormAndNothingChanges() throws Exception {
        var coordinatorB = holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityB));
        var holderB =
                jdbc.queryForObject("select id from person where email = ?", UUID.class, coordinatorB.getUsername());

        mvc.perform(post("/admin/people/{id}/revoke", holderB)
                        .param("role", "CITY_COORDINATOR")
                        .param("cityId", cityB.value().toString())
                        .with(user(holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA))))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(grantCount(cityB.value())).isEqualTo(1);

        mvc.perform(post("/admin/people/{id}/revoke", holderB)
                        .param("role", "CITY_COORDINATOR")
                        .param("cityId", cityB.value().toString())
                        .with(user(coordinatorB))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));
        assertThat(grantCount(cityB.value())).isZero();
    }

    @Test
    void aGrantWhoseScopeDoesNotFitItsRoleIsA422() throws Exception {
        mvc.perform(post("/api/v1/people/invitations")
                        .with(user(holding(RoleGrant.platformAdmin())))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"scope@example.org\",\"role\":\"CITY_COORDINATOR\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("people.grant.scope"));
    }

    @Test
    void aPlatformAdminInvitesAnotherAdminSeesTheMailInTheOutboxAndDeactivatesAccounts() throws Exception {
        var admin = holding(RoleGrant.platformAdmin());
        var email = "second-admin-" + UUID.randomUUID() + "@example.org";
        mvc.perform(get("/admin").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/admin/outbox\"")))
                .andExpect(content().string(containsString("href=\"/admin/networks\"")));
        mvc.perform(post("/admin/people/invite")
                        .param("email", email)
                        .param("displayName", "Second Admin")
                        .param("language", "fr")
                        .with(user(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));
        mvc.perform(get("/admin/outbox").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)))
                .andExpect(content().string(containsString("Invitation à Equicity")));

        var someone = holding(RoleGrant.inCity(Role.CIVIL_SOCIETY_PARTNER, cityA));
        var token = createToken(someone);
        var id = jdbc.queryForObject("select id from person where email = ?", UUID.class, someone.getUsername());
        mvc.perform(post("/admin/people/{id}/deactivate", id).with(user(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/people"));
        mvc.perform(get("/api/v1/people/me").header(HttpHeaders.AUTHORIZATION, bearer(token)))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/people").with(user(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(someone.getUsername())));
    }

    @Test
    void aNonAdminCannotDeactivateAnyone() throws Exception {
        var victim = holding();
        var id = jdbc.queryForObject("select id from person where email = ?", UUID.class, victim.getUsername());
        mvc.perform(post("/admin/people/{id}/deactivate", id)
                        .with(user(holding(RoleGrant.inCity(Role.CITY_COORDINATOR, cityA))))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select active from person where id = ?", Boolean.class, id))
                .isTrue();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndErrorsStandNextToTheField() throws Exception {
        var email = "pw-" + UUID.randomUUID() + "@example.org";
        context.getBean(org.equicity.people.People.class)
                .createWithPassword(email, "Pat", "en", "the first passphrase");
        var me = holdingEmail(email);
        mvc.perform(post("/account/password")
                        .param("currentPassword", "not the password")
                        .param("password", "a second passphrase")
                        .param("passwordRepeat", "a second passphrase")
                        .with(user(me))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"currentPassword-error\"")))
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password")
                        .param("currentPassword", "the first passphrase")
                        .param("password", email)
                        .param("passwordRepeat", email)
                        .with(user(me))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("must not be your email address")));
        mvc.perform(post("/account/password")
                        .param("currentPassword", "the first passphrase")
                        .param("password", "a second passphrase")
                        .param("passwordRepeat", "a second passphrase")
                        .with(user(me))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void theProfileKeepsNameAndLanguageAndSwitchesTheInterface() throws Exception {
        var me = holding();
        mvc.perform(get("/account").with(user(me)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personal API tokens")));
        mvc.perform(post("/account/profile")
                        .param("displayName", "  ")
                        .param("language", "es")
                        .with(user(me))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"displayName-error\"")));
        mvc.perform(post("/account/profile")
                        .param("displayName", "Renamed Person")
                        .param("language", "es")
                        .with(user(me))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andExpect(cookie().value("equicity-lang", "es"));
        assertThat(jdbc.queryForMap("select display_name, language from person where email = ?", me.getUsername()))
                .containsEntry("display_name", "Renamed Person")
                .containsEntry("language", "es");
    }

    @Test
    void theLoginPageExplainsALockWithoutSayingWhetherTheAccountExists() throws Exception {
        var nobody = "nobody-" + UUID.randomUUID() + "@example.org";
        Cookie session = null;
        for (int i = 1; i <= 6; i++) {
            var address = "10.9.0." + i;
            session = mvc.perform(post("/login")
                            .param("email", nobody)
                            .param("password", "guess")
                            .with(csrf())
                            .with(request -> {
                                request.setRemoteAddr(address);
                                return request;
                            }))
                    .andReturn()
                    .getResponse()
                    .getCookie("SESSION");
        }
        mvc.perform(get("/login").param("error", "").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Too many failed attempts")));
    }

    UserDetails holdingEmail(String email) {
        return context.getBean(org.springframework.transaction.support.TransactionTemplate.class)
                .execute(status -> {
                    var auth = context.getBean(Accounts.class)
                            .signedIn(new org.equicity.shared.PersonId(
                                    jdbc.queryForObject("select id from person where email = ?", UUID.class, email)));
                    return (UserDetails) auth.getPrincipal();
                });
    }
}
