package org.equicity.practice.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;
import org.equicity.network.Networks;
import org.equicity.network.Networks.CreateNetwork;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.people.People;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.people.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

/**
 * A file above the upload limit of the server ({@code spring.servlet.multipart.max-file-size}, 20 MB) is refused
 * before any page or endpoint sees it: a script is answered 413 with a problem detail, a person in the browser sees
 * the form again with the reason beside the file field, or the error page with the reason where the form posts to
 * another address than its page's. Against the real server, whose container parses uploads.
 */
// With MockMvc, though unused here: the same cached application context as the race tests, one start fewer.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class UploadLimitTests {

    static final String PASSWORD = "correct horse battery";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern NEW_TOKEN = Pattern.compile("id=\"new-token\"[^>]* value=\"([^\"]+)\"");
    static final String BOUNDARY = "equicity-upload-limit";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    People people;

    NetworkDetails network;
    HttpClient browser;

    @BeforeEach
    void aSecretariatSignedIn() throws Exception {
        var admin = TestPeople.holding(context, RoleGrant.platformAdmin());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        network = as(
                admin,
                () -> context.getBean(Networks.class)
                        .create(new CreateNetwork("limit-" + suffix, "Limit network " + suffix, null, null, 2)));
        var email = "secretariat-" + suffix + "@example.org";
        people.createWithPassword(
                email, "Sam Secretariat", "en", PASSWORD, RoleGrant.inNetwork(Role.NETWORK_SECRETARIAT, network.id()));
        browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var signIn = send(form(
                "/login", "email=" + encode(email) + "&password=" + encode(PASSWORD) + "&_csrf=" + csrf("/login")));
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
    }

    @Test
    void aScriptSendingAFileAboveTheLimitIsAnswered413WithAProblemDetail() throws Exception {
        var token = token();
        var refused = send(upload("/api/v1/networks/" + network.id().value() + "/practice-imports", "")
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "en"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body())
                .contains("\"status\":413", "The file is larger than the allowed 20 MB: choose a smaller one.");
    }

    @Test
    void aPersonUploadingAFileAboveTheLimitSeesTheReasonBesideTheField() throws Exception {
        var page = "/manage/networks/" + network.slug() + "/practice-imports";
        var refused = send(upload(page, URLDecoder.decode(csrf(page), StandardCharsets.UTF_8))
                .header("Referer", "http://localhost:" + port + page)
                .header("Accept-Language", "en"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body())
                .contains("id=\"file-error\"", "The file is larger than the allowed 20 MB: choose a smaller one.")
                .contains("<form method=\"post\"");
    }

    @Test
    void aFormThatPostsElsewhereGetsTheReasonOnTheErrorPage() throws Exception {
        var page = "/manage/networks/" + network.slug() + "/practice-imports";
        var refused = send(upload(page, URLDecoder.decode(csrf(page), StandardCharsets.UTF_8))
                .header("Referer", "http://localhost:" + port + "/manage/networks/" + network.slug())
                .header("Accept", "text/html")
                .header("Accept-Language", "en"));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body())
                .contains(
                        "<h1>Something went wrong</h1>",
                        "The file is larger than the allowed 20 MB: choose a smaller one.")
                .doesNotContain("<form method=\"post\"");
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    HttpRequest.Builder form(String path, String body) {
        return request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    /** Sends the form as a browser does, the CSRF token (if any) first, with a file 1 MB above the limit. */
    HttpRequest.Builder upload(String path, String csrf) {
        var body = new ByteArrayOutputStream();
        if (!csrf.isEmpty()) {
            body.writeBytes(part("name=\"_csrf\"", csrf));
        }
        body.writeBytes(part("name=\"title\"", "Compendium"));
        var content = new byte[21 * 1024 * 1024];
        Arrays.fill(content, (byte) 'x');
        body.writeBytes(part(
                "name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv",
                new String(content, StandardCharsets.US_ASCII)));
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    static byte[] part(String disposition, String value) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; " + disposition + "\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    String csrf(String page) throws Exception {
        var matcher = CSRF.matcher(send(request(page)).body());
        assertThat(matcher.find()).as("CSRF token on %s", page).isTrue();
        return encode(matcher.group(1));
    }

    String token() throws Exception {
        var created = send(form("/account/tokens", "name=script&_csrf=" + csrf("/account")));
        assertThat(created.statusCode()).isEqualTo(302);
        var matcher = NEW_TOKEN.matcher(send(request("/account")).body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
