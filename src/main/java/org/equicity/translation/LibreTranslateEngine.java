package org.equicity.translation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A LibreTranslate-compatible API: {@code POST /translate} with a JSON body whose {@code q} is an array of texts,
 * answered by an array {@code translatedText}. Requests are kept under the server's character limit. The version is
 * the one the server publishes in its API description ({@code GET /spec}), when it does.
 */
class LibreTranslateEngine implements TranslationEngine {

    static final String NAME = "libretranslate";

    private final RestClient client;
    private final TranslationSettings.LibreTranslate settings;
    private volatile String version;

    LibreTranslateEngine(TranslationSettings.LibreTranslate settings, RestClient client) {
        this.settings = settings;
        this.client = client;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(
            List<String> q,
            String source,
            String target,
            String format,
            @JsonProperty("api_key") String apiKey) {}

    record Answer(List<String> translatedText) {}

    record Spec(Info info) {}

    record Info(String version) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxSegmentLength() {
        return settings.maxSegmentLength();
    }

    @Override
    public boolean supports(String from, String to) {
        return true;
    }

    @Override
    public Result translate(List<String> segments, String from, String to) {
        var translated = new ArrayList<String>(segments.size());
        for (var batch : Batches.of(segments, settings.maxRequestLength(), Integer.MAX_VALUE)) {
            var key = settings.apiKey() == null || settings.apiKey().isBlank() ? null : settings.apiKey();
            var answer = client.post()
                    .uri("/translate")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Request(batch, from, to, "text", key))
                    .retrieve()
                    .body(Answer.class);
            if (answer == null
                    || answer.translatedText() == null
                    || answer.translatedText().size() != batch.size()) {
                throw new IllegalStateException("LibreTranslate answered without one translation per text");
            }
            translated.addAll(answer.translatedText());
        }
        return new Result(translated, NAME, version());
    }

    private String version() {
        if (version == null) {
            try {
                var spec = client.get().uri("/spec").retrieve().body(Spec.class);
                version = spec != null && spec.info() != null && spec.info().version() != null
                        ? spec.info().version()
                        : "unknown";
            } catch (RuntimeException unpublished) {
                version = "unknown";
            }
        }
        return version;
    }
}
