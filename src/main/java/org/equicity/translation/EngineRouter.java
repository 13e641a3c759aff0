package org.equicity.translation;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * Chooses the engine for a pair of languages from the configured routes. The most specific route wins:
 * {@code es-en}, then {@code es-*}, then {@code *-en}, then {@code *}. Only engines some route names are set up, and
 * a route naming an engine that is unknown or lacks its settings stops start-up with a message saying what to set.
 */
@Component
class EngineRouter {

    static final String NONE = "none";

    private final Map<String, String> routes;
    private final Map<String, TranslationEngine> engines = new HashMap<>();

    EngineRouter(TranslationSettings settings, Clock clock) {
        this.routes = settings.routes();
        for (var name : routes.values()) {
            if (!NONE.equals(name) && !engines.containsKey(name)) {
                engines.put(name, create(name, settings, clock));
            }
        }
    }

    Optional<TranslationEngine> engineFor(String from, String to) {
        return List.of(from + "-" + to, from + "-*", "*-" + to, "*").stream()
                .filter(routes::containsKey)
                .findFirst()
                .map(routes::get)
                .map(engines::get);
    }

    /** Lets every engine learn what its service can do; called by the worker, outside any transaction. */
    void refresh() {
        engines.values().forEach(TranslationEngine::refresh);
    }

    private static TranslationEngine create(String name, TranslationSettings settings, Clock clock) {
        return switch (name) {
            case ApertiumEngine.NAME ->
                new ApertiumEngine(
                        settings.apertium(),
                        client(settings.apertium().url(), settings.apertium().timeout()),
                        clock);
            case LibreTranslateEngine.NAME -> {
                if (settings.libretranslate().url() == null) {
                    throw new IllegalStateException(
                            "A translation route uses libretranslate: set equicity.translation.libretranslate.url");
                }
                yield new LibreTranslateEngine(
                        settings.libretranslate(),
                        client(
                                settings.libretranslate().url(),
                                settings.libretranslate().timeout()));
            }
            case DeepLEngine.NAME -> {
                var deepl = settings.deepl();
                if (deepl.apiKey() == null || deepl.apiKey().isBlank()) {
                    throw new IllegalStateException(
                            "A translation route uses deepl: set equicity.translation.deepl.api-key");
                }
                yield new DeepLEngine(deepl, client(DeepLEngine.endpoint(deepl), deepl.timeout()));
            }
            default ->
                throw new IllegalStateException("Unknown translation engine '" + name
                        + "' in equicity.translation.routes; use apertium, libretranslate, deepl or none");
        };
    }

    static RestClient client(URI baseUrl, Duration timeout) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        return RestClient.builder()
                .baseUrl(baseUrl.toString())
                .requestFactory(requests)
                .build();
    }
}
