package org.equicity.translation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * DeepL's API v2 ({@code POST /v2/translate}, key in the {@code Authorization: DeepL-Auth-Key} header, at most 50
 * texts per request). DeepL wants a regional variant for English and Portuguese targets; European variants are used.
 * Sentences were split already, so DeepL is told not to split at line breaks.
 */
class DeepLEngine implements TranslationEngine {

    static final String NAME = "deepl";
    static final URI FREE = URI.create("https://api-free.deepl.com");
    static final URI PRO = URI.create("https://api.deepl.com");
    private static final int MAX_TEXTS = 50;
    private static final int MAX_REQUEST_CHARACTERS = 100_000;

    private final RestClient client;
    private final TranslationSettings.DeepL settings;

    DeepLEngine(TranslationSettings.DeepL settings, RestClient client) {
        this.settings = settings;
        this.client = client;
    }

    static URI endpoint(TranslationSettings.DeepL settings) {
        if (settings.url() != null) {
            return settings.url();
        }
        return settings.apiKey().endsWith(":fx") ? FREE : PRO;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Request(
            List<String> text,
            @JsonProperty("source_lang") String sourceLang,
            @JsonProperty("target_lang") String targetLang,
            @JsonProperty("split_sentences") String splitSentences,
            @JsonProperty("preserve_formatting") boolean preserveFormatting) {}

    record Answer(List<Text> translations) {}

    record Text(
            String text, @JsonProperty("model_type_used") String modelTypeUsed) {}

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
        String model = null;
        for (var batch : Batches.of(segments, MAX_REQUEST_CHARACTERS, MAX_TEXTS)) {
            var answer = client.post()
                    .uri("/v2/translate")
                    .header(HttpHeaders.AUTHORIZATION, "DeepL-Auth-Key " + settings.apiKey())
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new Request(batch, from.toUpperCase(Locale.ROOT), target(to), "nonewlines", true))
                    .retrieve()
                    .body(Answer.class);
            if (answer == null
                    || answer.translations() == null
                    || answer.translations().size() != batch.size()) {
                throw new IllegalStateException("DeepL answered without one translation per text");
            }
            for (var text : answer.translations()) {
                translated.add(text.text());
                model = text.modelTypeUsed() == null ? model : text.modelTypeUsed();
            }
        }
        return new Result(translated, NAME, model == null ? "v2" : "v2 " + model);
    }

    private static String target(String language) {
        return switch (language) {
            case "en" -> "EN-GB";
            case "pt" -> "PT-PT";
            default -> language.toUpperCase(Locale.ROOT);
        };
    }
}
