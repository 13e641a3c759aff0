package org.equicity.people.web;

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
import org.equicity.EquicityApplication;
import org.equicity.people.People;
import org.equicity.testing.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two application nodes on one database, as behind a load balancer without sticky sessions: a person who signs in
 * on one node is signed in on the other, and signing out on either ends the session on both. A browser-like client
 * with one cookie jar talks to both (cookies do not depend on the port).
 */
@Tag("database")
class SessionsAcrossNodesTests {

    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @BeforeAll
    static void startTwoNodes() {
        var database = "shared_sessions_" + UUID.randomUUID().toString().replace("-", "");
        first = node(database);
        second = node(database);
    }

    static ConfigurableApplicationContext node(String database) {
        return new SpringApplicationBuilder(EquicityApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=jdbc:h2:mem:" + database
                                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                        "--" + PostgresTestDatabase.SHARED + "=" + database);
    }

    @AfterAll
    static void stopNodes() {
        for (var node : new ConfigurableApplicationContext[] {second, first}) {
            if (node != null) {
                node.close();
            }
        }
    }

    static String url(ConfigurableApplicationContext node, String path) {
        return "http://localhost:" + node.getEnvironment().getProperty("local.server.port") + path;
    }

    HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url(node, path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(ConfigurableApplicationContext node, String path, String form) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url(node, path)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String csrfIn(HttpResponse<String> page) {
        var matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("CSRF token in %s", page.uri()).isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    String signIn(ConfigurableApplicationContext node) throws Exception {
        var email = "node-" + UUID.randomUUID() + "@example.org";
        node.getBean(People.class).createWithPassword(email, "Nadine Node", "en", PASSWORD);
        var login = get(node, "/login");
        var signedIn = post(
                node,
                "/login",
                "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrfIn(login));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        return email;
    }

    static JdbcTemplate database() {
        return first.getBean(JdbcTemplate.class);
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOtherUntilSigningOutOnEither() throws Exception {
        assertThat(get(second, "/account").statusCode()).isEqualTo(302);

        var email = signIn(first);

        assertThat(database()
                        .queryForObject(
                                "select count(*) from spring_session where principal_name = ?", Integer.class, email))
                .isEqualTo(1);
        var account = get(second, "/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("Nadine Node");

        var signedOut = post(second, "/logout", "_csrf=" + csrfIn(account));
        assertThat(signedOut.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login?signed-out"));
        assertThat(database()
                        .queryForObject(
                                "select count(*) from spring_session where principal_name = ?", Integer.class, email))
                .isZero();
        var again = get(first, "/account");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aSessionWrittenByAnotherVersionThatCannotBeReadMeansSigningInAgainNotAnError() throws Exception {
        var email = signIn(first);
        assertThat(get(second, "/account").statusCode()).isEqualTo(200);
        // what a node finds when a class stored in the session changed in a newer release
        var changed = database()
                .update(
                        "update spring_session_attributes set attribute_bytes = ? where session_primary_id in"
                                + " (select primary_id from spring_session where principal_name = ?)"
                                + " and attribute_name = 'SPRING_SECURITY_CONTEXT'",
                        new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 's', 'r', 0, 1, 'x'},
                        email);
        assertThat(changed).isEqualTo(1);

        var account = get(second, "/account");
        assertThat(account.statusCode()).isEqualTo(302);
        assertThat(account.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }
}
