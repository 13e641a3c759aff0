package org.equicity.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class EngineRouterTests {

    static TranslationSettings settings(Map<String, String> routes) {
        return new TranslationSettings(
                routes,
                new TranslationSettings.Apertium(
                        URI.create("http://127.0.0.1:2737"), null, 1000, Duration.ofSeconds(5)),
                new TranslationSettings.LibreTranslate(
                        URI.create("http://127.0.0.1:5000"), null, 1000, 4000, Duration.ofSeconds(5)),
                new TranslationSettings.DeepL(null, null, 4000, Duration.ofSeconds(5)),
                new TranslationSettings.Worker(
                        true,
                        Duration.ofSeconds(5),
                        20,
                        8,
                        Duration.ofSeconds(30),
                        Duration.ofHours(1),
                        Duration.ofMinutes(10)));
    }

    @Test
    void theMostSpecificRouteWins() {
        var router = new EngineRouter(
                settings(Map.of("es-en", "apertium", "*", "libretranslate", "fr-*", "none", "*-sv", "apertium")),
                Clock.systemDefaultZone());

        assertThat(router.engineFor("es", "en"))
                .get()
                .extracting(TranslationEngine::name)
                .isEqualTo("apertium");
        assertThat(router.engineFor("de", "en"))
                .get()
                .extracting(TranslationEngine::name)
                .isEqualTo("libretranslate");
        assertThat(router.engineFor("fr", "en")).isEmpty();
        assertThat(router.engineFor("de", "sv"))
                .get()
                .extracting(TranslationEngine::name)
                .isEqualTo("apertium");
    }

    @Test
    void routesBindFromConfigurationWithTheWildcardInBrackets() {
        var yaml = new MapConfigurationPropertySource(Map.of(
                "equicity.translation.routes.es-en", "apertium",
                "equicity.translation.routes[*]", "libretranslate",
                "equicity.translation.routes[de-*]", "none",
                "equicity.translation.libretranslate.url", "http://127.0.0.1:5000"));

        var settings = new Binder(yaml)
                .bind("equicity.translation", TranslationSettings.class)
                .get();

        assertThat(settings.routes())
                .containsExactlyInAnyOrderEntriesOf(Map.of("es-en", "apertium", "*", "libretranslate", "de-*", "none"));
        assertThat(settings.apertium().url()).isEqualTo(URI.create("http://127.0.0.1:2737"));
        assertThat(settings.worker().maxAttempts()).isEqualTo(8);
        var router = new EngineRouter(settings, Clock.systemDefaultZone());
        assertThat(router.engineFor("de", "en")).isEmpty();
        assertThat(router.engineFor("fr", "en"))
                .get()
                .extracting(TranslationEngine::name)
                .isEqualTo("libretranslate");
    }

    @Test
    void withoutRoutesNothingIsTranslated() {
        assertThat(new EngineRouter(settings(Map.of()), Clock.systemDefaultZone()).engineFor("es", "en"))
                .isEmpty();
    }

    @Test
    void aRouteToAnUnknownOrUnconfiguredEngineStopsStartUpWithWhatToSet() {
        assertThatThrownBy(() -> new EngineRouter(settings(Map.of("*", "google")), Clock.systemDefaultZone()))
                .hasMessageContaining("Unknown translation engine 'google'");
        assertThatThrownBy(() -> new EngineRouter(settings(Map.of("*", "deepl")), Clock.systemDefaultZone()))
                .hasMessageContaining("equicity.translation.deepl.api-key");
    }

    @Test
    void backOffDoublesUpToItsCap() {
        var worker = settings(Map.of()).worker();

        assertThat(worker.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(worker.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(worker.backoffAfter(4)).isEqualTo(Duration.ofMinutes(4));
        assertThat(worker.backoffAfter(20)).isEqualTo(Duration.ofHours(1));
    }
}
