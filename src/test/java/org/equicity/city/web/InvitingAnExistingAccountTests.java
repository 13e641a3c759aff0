package org.equicity.city.web;

import static org.assertj.core.api.Assertions.assertThat;
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

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.city.Cities.CitySummary;
import org.equicity.city.TestCities;
import org.equicity.mail.Mailer;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A coordinator who invites an address learns nothing about whether it has an account, and an existing account gains
 * the role only when its owner accepts the invitation through the mailed link.
 */
@SpringBootTest
@AutoConfigureMockMvc
class InvitingAnExistingAccountTests {

    static final String PASSWORD = "an existing person's passphrase";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    UserDetails coordinatorOf(CitySummary city) {
        return TestPeople.holding(context, RoleGrant.inCity(Role.CITY_COORDINATOR, city.id()));
    }

    List<String> holders(CitySummary city) {
        return TestCities.as(TestPeople.holding(context, RoleGrant.platformAdmin()), () -> people.inCity(city.id()))
                .stream()
                .map(RoleHolder::email)
                .toList();
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    String existingAccount() {
        var email = unique("existing");
        people.createWithPassword(email, "Erika Existing", "en", PASSWORD);
        return email;
    }

    String invitationLinkTo(String email) {
        var mail = mailer.outbox(500).stream()
                .filter(entry -> entry.recipient().equals(email))
                .findFirst()
                .orElseThrow();
        var matcher = Pattern.compile("http://localhost:8080(/invitation/\\S+)").matcher(mail.body());
        assertThat(matcher.find()).as("invitation link in %s", mail.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void theApiAnswersTheSameForANewAndAnExistingAddressAndBothAreInvitedByMail() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var answers = new ArrayList<Map<String, Object>>();
        for (var email : List.of(unique("new"), existingAccount())) {
            var body = mvc.perform(
                            post("/api/v1/cities/{id}/invitations", graz.id().value())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"email\":\"%s\",\"role\":\"CIVIL_SOCIETY_PARTNER\"}".formatted(email))
                                    .with(user(coordinator))
                                    .with(csrf()))
                    .andExpect(status().isCreated())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            Map<String, Object> answer = JsonPath.read(body, "$");
            assertThat(answer).containsEntry("email", email);
            answers.add(answer);
            assertThat(invitationLinkTo(email)).startsWith("/invitation/");
            assertThat(holders(graz)).as("no role before accepting").doesNotContain(email);
        }
        assertThat(answers.get(0).keySet()).isEqualTo(answers.get(1).keySet());
    }

    @Test
    void thePageAnswersTheSameForANewAndAnExistingAddress() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var coordinator = coordinatorOf(graz);
        var base = "/manage/cities/" + graz.slug() + "/people";
        for (var email : List.of(unique("new"), existingAccount())) {
            mvc.perform(post(base)
                            .param("email", email)
                            .param("displayName", "Someone")
                            .param("role", "CIVIL_SOCIETY_PARTNER")
                            .param("language", "en")
                            .with(user(coordinator))
                            .with(csrf()))
                    .andExpect(redirectedUrl(base))
                    .andExpect(flash().attribute("notice", "city.people.notice.invited"))
                    .andExpect(flash().attribute("noticeArgument", (Object) null));
            assertThat(holders(graz)).doesNotContain(email);
        }
    }

    @Test
    void anExistingPersonGainsTheRoleByFollowingTheLinkAndKeepsTheirPassword() throws Exception {
        var graz = TestCities.create(context, "Graz");
        var email = existingAccount();
        var hash = jdbc.queryForObject("select password_hash from person where email = ?", String.class, email);
        mvc.perform(post("/api/v1/cities/{id}/invitations", graz.id().value())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"%s\",\"role\":\"CITY_COORDINATOR\"}".formatted(email))
                        .with(user(coordinatorOf(graz)))
                        .with(csrf()))
                .andExpect(status().isCreated());
        var mail = mailer.outbox(500).stream()
                .filter(entry -> entry.recipient().equals(email))
                .findFirst()
                .orElseThrow();
        assertThat(mail.subject()).isEqualTo("You are invited to a new role in Equicity");
        var link = invitationLinkTo(email);

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accept the invitation")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        assertThat(holders(graz)).doesNotContain(email);

        mvc.perform(post(link)
                        .param("displayName", "Mallory")
                        .param("password", "a password chosen by whoever has the link")
                        .param("passwordRepeat", "a password chosen by whoever has the link")
                        .with(csrf()))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "people.invitation.accepted"));

        assertThat(holders(graz)).contains(email);
        assertThat(jdbc.queryForObject("select password_hash from person where email = ?", String.class, email))
                .as("the link does not replace the password")
                .isEqualTo(hash);
        assertThat(jdbc.queryForObject("select display_name from person where email = ?", String.class, email))
                .isEqualTo("Erika Existing");
        mvc.perform(get(link)).andExpect(status().isGone());
    }
}
