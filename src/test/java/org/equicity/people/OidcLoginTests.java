package org.equicity.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import testidp.TestIdentityProvider;

/**
 * Sign-in through a real OpenID Connect provider: a Spring Authorization Server started on its own port, Equicity
 * on another, and a browser-like client with a cookie jar walking the authorization-code flow. The provider is
 * reached as 127.0.0.1 and Equicity as localhost, so that the two session cookies never mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class OidcLoginTests {

    static final String KNOWN = "nadia.oidc@example.org";
    static final String UNKNOWN = "stranger.oidc@example.org";

    static ConfigurableApplicationContext provider;

    @Autowired
    People people;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) throws IOException {
        // Each side must know the other's address before it starts: two free ports, probed while both are held.
        int equicityPort;
        int providerPort;
        try (var first = new ServerSocket(0);
                var second = new ServerSocket(0)) {
            equicityPort = first.getLocalPort();
            providerPort = second.getLocalPort();
        }
        provider = TestIdentityProvider.start(
                providerPort, "http://localhost:" + equicityPort + "/login/oauth2/code/testville", KNOWN, UNKNOWN);
        var issuer = "http://127.0.0.1:" + providerPort;
        registry.add("server.port", () -> equicityPort);
        var registration = "spring.security.oauth2.client.registration.testville.";
        registry.add(registration + "client-id", () -> TestIdentityProvider.CLIENT_ID);
        registry.add(registration + "client-secret", () -> TestIdentityProvider.CLIENT_SECRET);
        registry.add(registration + "client-name", () -> "City of Testville");
        registry.add(registration + "scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.testville.issuer-uri", () -> issuer);
    }

    @AfterAll
    static void stopProvider() {
        if (provider != null) {
            provider.close();
        }
    }

    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    HttpResponse<String> get(String url) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Starts at Equicity's login page, follows its provider button and signs in at the provider. */
    HttpResponse<String> signInAtProvider(String email) throws Exception {
        var login = get("http://localhost:" + port + "/login");
        assertThat(login.body()).contains("Sign in with City of Testville");
        var button =
                Pattern.compile("href=\"(/oauth2/authorization/testville)\"").matcher(login.body());
        assertThat(button.find()).isTrue();

        var providerLogin = get("http://localhost:" + port + button.group(1));
        assertThat(providerLogin.uri().getHost()).isEqualTo("127.0.0.1");
        var csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(providerLogin.body());
        assertThat(csrf.find())
                .as(
                        "provider login form at %s (%s): %s",
                        providerLogin.uri(), providerLogin.statusCode(), providerLogin.body())
                .isTrue();

        var form = "username=" + encode(email) + "&password=" + encode(TestIdentityProvider.PASSWORD) + "&_csrf="
                + encode(csrf.group(1));
        return browser.send(
                HttpRequest.newBuilder(providerLogin.uri())
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aKnownPersonSignsInAtTheirCitysProviderAndIsTheSamePrincipalAsWithAPassword() throws Exception {
        people.createWithPassword(
                KNOWN,
                "Nadia Oidc",
                "fr",
                "a password she never uses",
                RoleGrant.inCity(Role.CITY_COORDINATOR, new org.equicity.shared.CityId(java.util.UUID.randomUUID())));

        var landing = signInAtProvider(KNOWN);
        assertThat(landing.uri().getHost())
                .as("%s %s", landing.uri(), landing.body())
                .isEqualTo("localhost");
        assertThat(landing.statusCode()).isEqualTo(200);

        var account = get("http://localhost:" + port + "/account");
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.uri().getPath())
                .as("landing %s, account %s", landing.uri(), account.body())
                .isEqualTo("/account");
        assertThat(account.body())
                .as("the account page, in the language stored on the person")
                .contains(KNOWN)
                .contains("Votre compte")
                .contains("Coordination de la ville");
        var me = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/people/me"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(me.body()).contains("\"email\":\"" + KNOWN + "\"").contains("CITY_COORDINATOR");
    }

    @Test
    void anUnknownAddressIsRefusedWithAClearMessage() throws Exception {
        var landing = signInAtProvider(UNKNOWN);

        assertThat(landing.uri().getHost()).isEqualTo("localhost");
        assertThat(landing.uri().getPath()).isEqualTo("/login");
        assertThat(landing.body()).contains("there is no active Equicity account with that verified email address");
        var account = get("http://localhost:" + port + "/account");
        assertThat(account.uri().getPath()).as("still not signed in").isEqualTo("/login");
    }
}
