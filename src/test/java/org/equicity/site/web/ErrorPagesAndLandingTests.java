package org.equicity.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.people.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A visitor who mistypes an address is told the page does not exist, signed in or not, instead of being asked to sign
 * in for nothing; someone refused a page is told what it needs and whom to ask; and signing in lands on the work list
 * unless the person was on their way to a protected page. Against the real server, so the error pages really render.
 */
// With MockMvc, though unused here: the same cached application context as the other real-server tests.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ErrorPagesAndLandingTests {

    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    HttpClient browser() {
        return HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "en")
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs a new person in with the browser and answers where the sign-in sent them. */
    String signIn(HttpClient browser, String email) throws Exception {
        var page = get(browser, "/login").body();
        var csrf = CSRF.matcher(page);
        assertThat(csrf.find()).isTrue();
        var body = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
        var answer = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return answer.headers().firstValue("Location").orElseThrow();
    }

    String newPerson(String name) {
        var email = name + "-" + UUID.randomUUID() + "@example.org";
        people.createWithPassword(email, name, "en", PASSWORD);
        return email;
    }

    @Test
    void anUnknownAddressIsNotFoundForVisitorsAndTheSignedInAlike() throws Exception {
        var visitor = browser();
        var unknown = get(visitor, "/no-such-page/at-all");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found").contains("href=\"/\"");
        var protectedPage = get(visitor, "/account");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));

        var member = browser();
        signIn(member, newPerson("wanderer"));
        var signedInUnknown = get(member, "/no-such-page/at-all");
        assertThat(signedInUnknown.statusCode()).isEqualTo(404);
        assertThat(signedInUnknown.body()).contains("Page not found");
    }

    @Test
    void theApiStillAnswersAStrangerWithProblemDetails() throws Exception {
        var answer = get(browser(), "/api/v1/people/me");
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aRefusedPageNamesTheMissingRoleAndWhomToAsk() throws Exception {
        var member = browser();
        var email = newPerson("curious");
        signIn(member, email);
        var refused = get(member, "/admin");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("Not allowed")
                .contains("You are signed in as " + email)
                .contains("It needs the platform administrator role: ask an administrator of this platform.")
                .doesNotContain("Something went wrong")
                .contains("href=\"/me\"");
    }

    @Test
    void signingInLandsOnTheWorkListUnlessAProtectedPageWasAskedFirst() throws Exception {
        assertThat(signIn(browser(), newPerson("lander"))).endsWith("/me");

        var onTheirWay = browser();
        get(onTheirWay, "/account");
        assertThat(signIn(onTheirWay, newPerson("traveller"))).contains("/account");
    }
}
