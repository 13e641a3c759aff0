package org.equicity.translation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Apertium through its APY HTTP server. APY names languages in ISO 639-3 ({@code spa|eng}) and translates one text
 * per request; {@code markUnknown=no} keeps it from starring words it does not know. APY reports no version, so the
 * recorded version is the mode used plus the configured label (for example the pair packages' versions).
 */
class ApertiumEngine implements TranslationEngine {

    static final String NAME = "apertium";
    private static final Duration PAIRS_KEPT = Duration.ofMinutes(10);

    private final RestClient client;
    private final TranslationSettings.Apertium settings;
    private volatile Set<String> pairs;
    private volatile Instant pairsFetchedAt = Instant.MIN;
    private final Clock clock;

    ApertiumEngine(TranslationSettings.Apertium settings, RestClient client, Clock clock) {
        this.clock = clock;
        this.settings = settings;
        this.client = client;
    }

    record ApyTranslation(ApyText responseData, String responseDetails, int responseStatus) {}

    record ApyText(String translatedText) {}

    record ApyPairs(List<ApyPair> responseData, int responseStatus) {}

    record ApyPair(String sourceLanguage, String targetLanguage) {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int maxSegmentLength() {
        return settings.maxSegmentLength();
    }

    /** Answers from APY's list of installed pairs as last fetched; before the first fetch, every pair. */
    @Override
    public boolean supports(String from, String to) {
        var known = pairs;
        return known == null || known.contains(pair(from, to));
    }

    /** Fetches APY's list of installed pairs, at most every few minutes; an unreachable APY keeps the last list. */
    @Override
    public void refresh() {
        var now = clock.instant();
        if (pairs != null && pairsFetchedAt.plus(PAIRS_KEPT).isAfter(now)) {
            return;
        }
        try {
            var answer = client.get().uri("/listPairs").retrieve().body(ApyPairs.class);
            if (answer != null && answer.responseData() != null) {
                pairs = answer.responseData().stream()
                        .map(pair -> pair.sourceLanguage() + "|" + pair.targetLanguage())
                        .collect(Collectors.toUnmodifiableSet());
                pairsFetchedAt = now;
            }
        } catch (RuntimeException unreachable) {
            // the translation jobs will report it
        }
    }

    @Override
    public Result translate(List<String> segments, String from, String to) {
        var pair = pair(from, to);
        var translated = new ArrayList<String>(segments.size());
        for (var segment : segments) {
            var form = new LinkedMultiValueMap<String, String>();
            form.add("langpair", pair);
            form.add("q", segment);
            form.add("markUnknown", "no");
            var answer = client.post()
                    .uri("/translate")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .body(ApyTranslation.class);
            if (answer == null || answer.responseStatus() != 200 || answer.responseData() == null) {
                throw new IllegalStateException("Apertium did not translate " + pair + ": "
                        + (answer == null ? "empty answer" : answer.responseDetails()));
            }
            translated.add(answer.responseData().translatedText());
        }
        var mode = pair.replace('|', '-');
        var label = settings.version();
        return new Result(translated, NAME, label == null || label.isBlank() ? mode : label + " " + mode);
    }

    private static String pair(String from, String to) {
        return Languages.threeLetter(from) + "|" + Languages.threeLetter(to);
    }
}
