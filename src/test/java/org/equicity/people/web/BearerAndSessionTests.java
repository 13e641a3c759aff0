package org.equicity.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.people.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Personal API tokens are for the API alone, and a request that carries one is that token's person and nobody
 * else: a bearer header on a page form does not excuse the form from CSRF, and a session cookie sent along with a
 * token is neither used nor touched. Run against the real server with browser-like clients (one cookie jar each).
 */
// With MockMvc, though unused here: the same cached application context as the race tests, one start fewer.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class BearerAndSessionTests {

    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]* value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    record Browser(HttpClient client, String email) {}

    Browser signedIn(String name) throws Exception {
        var email = name.toLowerCase() + "-" + UUID.randomUUID() + "@example.org";
        people.createWithPassword(email, name, "en", PASSWORD);
        var browser = new Browser(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build(),
                email);
        var signIn = send(
                browser,
                form(
                        "/login",
                        "email=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf="
                                + csrf(browser, "/login")));
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return browser;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpRequest.Builder form(String path, String body) {
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static HttpResponse<String> send(Browser browser, HttpRequest.Builder request) throws Exception {
        return browser.client().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String csrf(Browser browser, String page) throws Exception {
        var matcher = CSRF.matcher(send(browser, request(page)).body());
        assertThat(matcher.find()).as("CSRF token on %s", page).isTrue();
        return encode(matcher.group(1));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    String tokenOf(Browser browser) throws Exception {
        var created = send(browser, form("/account/tokens", "name=script&_csrf=" + csrf(browser, "/account")));
        assertThat(created.statusCode()).isEqualTo(302);
        var matcher = NEW_TOKEN.matcher(send(browser, request("/account")).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    long tokensOf(Browser browser) {
        return jdbc.queryForObject(
                "select count(*) from api_token t join person p on p.id = t.person_id where p.email = ?",
                Long.class,
                browser.email());
    }

    Timestamp lastAccessOfSessionOf(Browser browser) {
        return jdbc.queryForObject(
                "select max(last_access_time) from spring_session where principal_name = ?",
                (row, index) -> new Timestamp(row.getLong(1)),
                browser.email());
    }

    long sessions() {
        return jdbc.queryForObject("select count(*) from spring_session", Long.class);
    }

    @Test
    void aPageFormWithABearerHeaderButNoCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        var anna = signedIn("Anna");
        var tokensBefore = tokensOf(anna);

        for (var bearer : new String[] {"Bearer made-up", "Bearer " + tokenOf(signedIn("Bruno"))}) {
            var forged = send(anna, form("/account/tokens", "name=forged").header("Authorization", bearer));

            assertThat(forged.statusCode()).as(bearer).isEqualTo(403);
        }
        assertThat(tokensOf(anna)).isEqualTo(tokensBefore);
        assertThat(send(anna, request("/account")).body()).doesNotContain("forged");
    }

    @Test
    void anApiCallWithATokenIsTheTokensPersonOnlyAndNeitherUsesNorCreatesASession() throws Exception {
        var anna = signedIn("Anna");
        var bruno = signedIn("Bruno");
        var brunosToken = tokenOf(bruno);
        var annasSession = lastAccessOfSessionOf(anna);
        var sessionsBefore = sessions();
        Thread.sleep(5);

        var me = send(anna, request("/api/v1/people/me").header("Authorization", "Bearer " + brunosToken));

        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains(bruno.email()).doesNotContain(anna.email());
        assertThat(me.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(lastAccessOfSessionOf(anna)).isEqualTo(annasSession);
        assertThat(sessions()).isEqualTo(sessionsBefore);

        var tokenOnly = HttpClient.newHttpClient()
                .send(
                        request("/api/v1/people/me")
                                .header("Authorization", "Bearer " + brunosToken)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(tokenOnly.statusCode()).isEqualTo(200);
        assertThat(tokenOnly.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(sessions()).isEqualTo(sessionsBefore);
    }
}
