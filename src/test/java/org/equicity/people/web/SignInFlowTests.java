package org.equicity.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.equicity.mail.Mailer;
import org.equicity.people.People;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class SignInFlowTests {

    static final String PASSWORD = "correct horse battery";
    static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    People people;

    @Autowired
    Mailer mailer;

    @Autowired
    JdbcTemplate jdbc;

    /**
     * The sign-in form's failure reason, which the security filter leaves as a flash attribute in the session (kept
     * in the database) for the login page that the browser is sent to next.
     */
    ResultMatcher loginError(String reason) {
        return result -> {
            assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            var session = result.getResponse().getCookie("SESSION");
            assertThat(session).isNotNull();
            mvc.perform(get("/login").param("error", "").cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(model().attribute("loginError", reason));
        };
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.org";
    }

    /** Each test signs in from its own client address, so that the per-address limit of one does not hit another. */
    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    static String newAddress() {
        return "10.1." + (ADDRESSES.get() / 250) + "." + (ADDRESSES.incrementAndGet() % 250 + 1);
    }

    static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(
            String email, String password, String address) {
        return post("/login")
                .param("email", email)
                .param("password", password)
                .with(csrf())
                .with(from(address));
    }

    String account(String language) {
        var email = unique("person");
        people.createWithPassword(email, "Paula Person", language, PASSWORD);
        return email;
    }

    String linkIn(String recipient) {
        var mail = mailer.outbox(500).stream()
                .filter(entry -> entry.recipient().equals(recipient))
                .findFirst()
                .orElseThrow();
        var matcher = Pattern.compile("http://localhost:8080(/\\S+)").matcher(mail.body());
        assertThat(matcher.find()).as("link in %s", mail.body()).isTrue();
        return matcher.group(1);
    }

    @Test
    void theLoginPageIsAnAccessibleForm() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"email\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<label for=\"password\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/password-reset")));
    }

    @Test
    void aPersonSignsInWithTheirPasswordAndAWrongPasswordIsRefusedWithAMessage() throws Exception {
        var email = account("en");
        var address = newAddress();
        mvc.perform(login(email, PASSWORD, address)).andExpect(authenticated().withUsername(email));
        mvc.perform(login(email, "wrong password!", address))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"))
                .andExpect(loginError("password"));
    }

    @Test
    void fiveFailuresLockTheAccountEvenFromOtherAddressesAndEvenWithTheRightPassword() throws Exception {
        var email = account("en");
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(email, "wrong " + i, newAddress())).andExpect(loginError("password"));
        }
        mvc.perform(login(email, PASSWORD, newAddress()))
                .andExpect(unauthenticated())
                .andExpect(loginError("locked"));
        var stored = jdbc.queryForObject(
                "select failures from login_throttle where kind = 'account' and login_key = ?", Long.class, email);
        assertThat(stored)
                .as("failures are kept in the database, shared by all nodes")
                .isEqualTo(5);
    }

    @Test
    void twentySimultaneousGuessesGetAtMostFivePasswordChecksAndLockTheAccountUntilTheLockTimeHasPassed()
            throws Exception {
        var email = account("en");
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(20);
        try {
            var attempts = new ArrayList<Future<MvcResult>>();
            for (int i = 0; i < 20; i++) {
                var request = login(email, "guess " + i, newAddress());
                attempts.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(request).andReturn();
                }));
            }
            start.countDown();
            var reasons = new ArrayList<String>();
            for (var attempt : attempts) {
                reasons.add(loginErrorOf(attempt.get(1, TimeUnit.MINUTES)));
            }
            assertThat(reasons.stream().filter("password"::equals))
                    .as("password checks among %s", reasons)
                    .hasSizeBetween(1, 5);
            assertThat(reasons.stream().filter("locked"::equals)).hasSizeGreaterThanOrEqualTo(15);
        } finally {
            pool.shutdownNow();
        }

        mvc.perform(login(email, PASSWORD, newAddress()))
                .andExpect(unauthenticated())
                .andExpect(loginError("locked"));
        jdbc.update(
                "update login_throttle set locked_until = ? where kind = 'account' and login_key = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)),
                email);
        mvc.perform(login(email, PASSWORD, newAddress()))
                .andExpect(authenticated().withUsername(email));
    }

    String loginErrorOf(MvcResult result) throws Exception {
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        return (String) mvc.perform(get("/login")
                        .param("error", "")
                        .cookie(result.getResponse().getCookie("SESSION")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("loginError");
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressForEveryAccount() throws Exception {
        var address = newAddress();
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(unique("guess"), "x", address));
        }
        var email = account("en");
        mvc.perform(login(email, PASSWORD, address))
                .andExpect(unauthenticated())
                .andExpect(loginError("locked"));
        mvc.perform(login(email, PASSWORD, newAddress())).andExpect(authenticated());
    }

    @Test
    void anUnknownAccountIsLockedTheSameWaySoTheMessageRevealsNothing() throws Exception {
        var nobody = unique("nobody");
        for (int i = 0; i < 5; i++) {
            mvc.perform(login(nobody, "x", newAddress())).andExpect(loginError("password"));
        }
        mvc.perform(login(nobody, "x", newAddress())).andExpect(loginError("locked"));
    }

    @Test
    void resetFlowEndToEnd() throws Exception {
        var email = account("de");
        mvc.perform(post("/password-reset").param("email", email.toUpperCase()).with(csrf()))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "people.reset.sent"));
        var link = linkIn(email);
        assertThat(link).startsWith("/password-reset/");

        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));
        mvc.perform(post(link)
                        .param("password", "short")
                        .param("passwordRepeat", "short")
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"password-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")));
        var newPassword = "a brand new passphrase";
        var signedIn = mvc.perform(post(link)
                        .param("password", newPassword)
                        .param("passwordRepeat", newPassword)
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        mvc.perform(get("/account").cookie(signedIn))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(email)));

        var address = newAddress();
        mvc.perform(login(email, newPassword, address)).andExpect(authenticated());
        mvc.perform(login(email, PASSWORD, address)).andExpect(unauthenticated());

        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("has already been used")));
        mvc.perform(post(link)
                        .param("password", "another passphrase")
                        .param("passwordRepeat", "another passphrase")
                        .with(csrf()))
                .andExpect(status().isGone());
    }

    @Test
    void resettingAnUnknownAddressAnswersTheSameAndSendsNothing() throws Exception {
        var nobody = unique("nobody");
        mvc.perform(post("/password-reset").param("email", nobody).with(csrf()))
                .andExpect(redirectedUrl("/login"))
                .andExpect(flash().attribute("notice", "people.reset.sent"));
        assertThat(mailer.outbox(500)).noneMatch(mail -> mail.recipient().equals(nobody));
    }

    @Test
    void resetMailsAreLimitedPerAccountWithTheSameAnswer() throws Exception {
        var email = account("en");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/password-reset").param("email", email).with(csrf()))
                    .andExpect(redirectedUrl("/login"))
                    .andExpect(flash().attribute("notice", "people.reset.sent"));
        }
        assertThat(mailer.outbox(500).stream().filter(mail -> mail.recipient().equals(email)))
                .hasSize(3);
    }

    @Test
    void anExpiredLinkIsRefusedWithAClearPage() throws Exception {
        var email = account("en");
        mvc.perform(post("/password-reset").param("email", email).with(csrf()));
        var link = linkIn(email);
        jdbc.update(
                "update one_time_link set expires_at = ? where person_id = (select id from person where email = ?)",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)),
                email);

        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The link has expired.")));
        mvc.perform(get("/password-reset/not-a-token"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The link is not valid.")));
    }

    @Test
    void theLanguageChosenWhileSignedInIsRememberedAndAppliedAtTheNextSignIn() throws Exception {
        var email = account("en");
        var address = newAddress();
        var session = mvc.perform(login(email, PASSWORD, address))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");

        mvc.perform(get("/account").param("lang", "it").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.queryForObject("select language from person where email = ?", String.class, email))
                .isEqualTo("it");

        mvc.perform(login(email, PASSWORD, address))
                .andExpect(authenticated())
                .andExpect(cookie().value("equicity-lang", "it"));
    }
}
