package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.equicity.translation.RecordingHttpServer.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our LibreTranslate and DeepL clients against local servers that answer as those APIs document, checking the
 * requests our clients send.
 */
class HttpEngineTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** Answers like LibreTranslate: one translation per text of the {@code q} array. */
    static Response libreTranslate(RecordingHttpServer.Request request) {
        if (request.path().equals("/spec")) {
            return new Response(200, "{\"info\":{\"title\":\"LibreTranslate\",\"version\":\"1.6.2\"}}");
        }
        var texts = json(request.body())
                .path("q")
                .valueStream()
                .map(q -> "[en] " + q.asString())
                .toList();
        return new Response(200, JSON.writeValueAsString(java.util.Map.of("translatedText", texts)));
    }

    @Test
    void libreTranslateGetsTheTextsAsOneJsonArrayWithTheApiKey() {
        try (var server = new RecordingHttpServer(HttpEngineTests::libreTranslate)) {
            var engine = new LibreTranslateEngine(
                    new TranslationSettings.LibreTranslate(
                            URI.create(server.url()), "secret-key", 1000, 4000, Duration.ofSeconds(5)),
                    EngineRouter.client(URI.create(server.url()), Duration.ofSeconds(5)));

            var result = engine.translate(List.of("Guten Tag.", "Wie geht es?"), "de", "en");

            assertThat(result.segments()).containsExactly("[en] Guten Tag.", "[en] Wie geht es?");
            assertThat(result.engine()).isEqualTo("libretranslate");
            assertThat(result.version()).isEqualTo("1.6.2");
            var request = server.requests("/translate").get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.header("Content-Type")).startsWith("application/json");
            var body = json(request.body());
            assertThat(body.path("q").valueStream().map(JsonNode::asString))
                    .containsExactly("Guten Tag.", "Wie geht es?");
            assertThat(body.path("source").asString()).isEqualTo("de");
            assertThat(body.path("target").asString()).isEqualTo("en");
            assertThat(body.path("format").asString()).isEqualTo("text");
            assertThat(body.path("api_key").asString()).isEqualTo("secret-key");
        }
    }

    @Test
    void libreTranslateRequestsStayUnderTheServersCharacterLimitAndNeedNoKey() {
        try (var server = new RecordingHttpServer(HttpEngineTests::libreTranslate)) {
            var engine = new LibreTranslateEngine(
                    new TranslationSettings.LibreTranslate(
                            URI.create(server.url()), null, 100, 100, Duration.ofSeconds(5)),
                    EngineRouter.client(URI.create(server.url()), Duration.ofSeconds(5)));
            var segments = List.of("a".repeat(60), "b".repeat(60), "c".repeat(30));

            var result = engine.translate(segments, "de", "en");

            assertThat(result.segments()).hasSize(3).first().isEqualTo("[en] " + "a".repeat(60));
            var requests = server.requests("/translate");
            assertThat(requests).hasSize(2);
            assertThat(json(requests.get(1).body()).path("q").size()).isEqualTo(2);
            assertThat(json(requests.get(0).body()).has("api_key")).isFalse();
        }
    }

    @Test
    void aRefusingServiceFailsTheAttemptWithItsMessage() {
        try (var server = new RecordingHttpServer(request -> new Response(403, "{\"error\":\"Invalid API key\"}"))) {
            var engine = new LibreTranslateEngine(
                    new TranslationSettings.LibreTranslate(
                            URI.create(server.url()), "wrong", 1000, 4000, Duration.ofSeconds(5)),
                    EngineRouter.client(URI.create(server.url()), Duration.ofSeconds(5)));

            assertThatThrownBy(() -> engine.translate(List.of("Hallo"), "de", "en"))
                    .hasMessageContaining("403");
        }
    }

    /** Answers like DeepL's /v2/translate, and refuses requests without the key. */
    static Response deepL(RecordingHttpServer.Request request) {
        if (!"DeepL-Auth-Key test-key:fx".equals(request.header("Authorization"))) {
            return new Response(403, "{\"message\":\"Wrong endpoint or key\"}");
        }
        var body = json(request.body());
        var translations = body.path("text")
                .valueStream()
                .map(text -> java.util.Map.of(
                        "detected_source_language",
                        body.path("source_lang").asString(),
                        "text",
                        "(" + body.path("target_lang").asString() + ") " + text.asString()))
                .toList();
        return new Response(200, JSON.writeValueAsString(java.util.Map.of("translations", translations)));
    }

    @Test
    void deepLGetsTheKeyInTheHeaderAndABritishEnglishTarget() {
        try (var server = new RecordingHttpServer(HttpEngineTests::deepL)) {
            var settings =
                    new TranslationSettings.DeepL("test-key:fx", URI.create(server.url()), 4000, Duration.ofSeconds(5));
            var engine =
                    new DeepLEngine(settings, EngineRouter.client(URI.create(server.url()), Duration.ofSeconds(5)));

            var result = engine.translate(List.of("Buongiorno.", "Come sta?"), "it", "en");

            assertThat(result.segments()).containsExactly("(EN-GB) Buongiorno.", "(EN-GB) Come sta?");
            assertThat(result.engine()).isEqualTo("deepl");
            assertThat(result.version()).isEqualTo("v2");
            var request = server.requests().get(0);
            assertThat(request.path()).isEqualTo("/v2/translate");
            var body = json(request.body());
            assertThat(body.path("text").size()).isEqualTo(2);
            assertThat(body.path("source_lang").asString()).isEqualTo("IT");
            assertThat(body.path("target_lang").asString()).isEqualTo("EN-GB");
            assertThat(body.toString()).doesNotContain("test-key");
        }
    }

    @Test
    void deepLSendsAtMostFiftyTextsPerRequest() {
        try (var server = new RecordingHttpServer(HttpEngineTests::deepL)) {
            var settings =
                    new TranslationSettings.DeepL("test-key:fx", URI.create(server.url()), 4000, Duration.ofSeconds(5));
            var engine =
                    new DeepLEngine(settings, EngineRouter.client(URI.create(server.url()), Duration.ofSeconds(5)));
            var segments = java.util.stream.IntStream.range(0, 120)
                    .mapToObj(i -> "Frase " + i + ".")
                    .toList();

            assertThat(engine.translate(segments, "it", "de").segments())
                    .hasSize(120)
                    .last()
                    .isEqualTo("(DE) Frase 119.");
            assertThat(server.requests()).hasSize(3);
        }
    }

    @Test
    void deepLFreeKeysUseTheFreeApiAndOtherKeysThePro() {
        assertThat(DeepLEngine.endpoint(new TranslationSettings.DeepL("abc:fx", null, 4000, Duration.ofSeconds(5))))
                .isEqualTo(URI.create("https://api-free.deepl.com"));
        assertThat(DeepLEngine.endpoint(new TranslationSettings.DeepL("abc", null, 4000, Duration.ofSeconds(5))))
                .isEqualTo(URI.create("https://api.deepl.com"));
    }
}
