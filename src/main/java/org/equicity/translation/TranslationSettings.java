package org.equicity.translation;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which engine translates which pair of languages, how to reach each engine, and how the background worker retries.
 * Routes map {@code from-to} (ISO 639-1, {@code *} for any language) to an engine name ({@code apertium},
 * {@code libretranslate}, {@code deepl}, or {@code none}); the most specific route wins. In YAML, keys with
 * {@code *} must be bracketed: {@code "[*]": libretranslate}, {@code "[es-*]": apertium}.
 */
@ConfigurationProperties("equicity.translation")
record TranslationSettings(
        Map<String, String> routes,
        @DefaultValue Apertium apertium,
        @DefaultValue LibreTranslate libretranslate,
        @DefaultValue DeepL deepl,
        @DefaultValue Worker worker) {

    TranslationSettings {
        routes = routes == null ? Map.of() : Map.copyOf(routes);
    }

    /** An APY server ({@code apertium-apy}); {@code version} is an optional label such as the pairs' package versions. */
    record Apertium(
            @DefaultValue("http://127.0.0.1:2737") URI url,
            String version,
            @DefaultValue("1000") int maxSegmentLength,
            @DefaultValue("PT30S") Duration timeout) {}

    /** A LibreTranslate-compatible API; the key is sent when set. */
    record LibreTranslate(
            URI url,
            String apiKey,
            @DefaultValue("1000") int maxSegmentLength,
            @DefaultValue("4000") int maxRequestLength,
            @DefaultValue("PT60S") Duration timeout) {}

    /**
     * DeepL's API. Keys ending in {@code :fx} belong to the free API (api-free.deepl.com), others to the pro API;
     * {@code url} overrides both.
     */
    record DeepL(
            String apiKey,
            URI url,
            @DefaultValue("4000") int maxSegmentLength,
            @DefaultValue("PT60S") Duration timeout) {}

    /**
     * The background worker: how often it looks for due jobs, how many it works per round, and the exponential
     * back-off (initial delay doubled per failed attempt, capped) until a job is given up after {@code maxAttempts}.
     */
    record Worker(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("PT5S") Duration interval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("PT30S") Duration initialBackoff,
            @DefaultValue("PT1H") Duration maxBackoff,
            @DefaultValue("PT10M") Duration lease) {

        Duration backoffAfter(int attempts) {
            var delay = initialBackoff;
            for (int i = 1; i < attempts && delay.compareTo(maxBackoff) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
        }
    }
}
