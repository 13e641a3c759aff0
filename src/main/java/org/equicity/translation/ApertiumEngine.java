package org.equicity.translation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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

    /**
     * Intermediate languages tried first: Catalan and Spanish have Apertium's best-maintained pairs with English,
     * and Debian ships pairs from French, Italian and Portuguese into them.
     */
    private static final List<String> PIVOTS = List.of("cat", "spa");

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

    /**
     * Answers from APY's list of installed pairs as last fetched, directly or through a pivot; before the first
     * fetch, every pair.
     */
    @Override
    public boolean supports(String from, String to) {
        var known = pairs;
        return known == null
                || known.contains(pair(from, to))
                || pivot(from, to).isPresent();
    }

    /**
     * Where APY has no pair for the two languages, the language it can chain them through: the first, in
     * {@link #PIVOTS} order, of which it has a pair from the source and a pair into the target (French→Catalan and
     * Catalan→English, Italian→Spanish and Spanish→English).
     */
    @Override
    public Optional<String> pivot(String from, String to) {
        var known = pairs;
        var source = Languages.threeLetter(from);
        var target = Languages.threeLetter(to);
        if (known == null || known.contains(source + "|" + target)) {
            return Optional.empty();
        }
        var middles = known.stream()
                .filter(pair -> pair.startsWith(source + "|"))
                .map(pair -> pair.substring(source.length() + 1))
                .filter(middle -> known.contains(middle + "|" + target))
                .sorted(Comparator.comparingInt(ApertiumEngine::preference).thenComparing(middle -> middle))
                .toList();
        return middles.stream()
                .map(Languages::twoLetter)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static int preference(String middle) {
        int position = PIVOTS.indexOf(middle);
        return position < 0 ? PIVOTS.size() : position;
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

    /** Through the pivot language where there is one: each step is a real Apertium translation. */
    @Override
    public Result translate(List<String> segments, String from, String to) {
        var pivot = pivot(from, to);
        if (pivot.isEmpty()) {
            return direct(segments, from, to);
        }
        var first = direct(segments, from, pivot.get());
        var second = direct(first.segments(), pivot.get(), to);
        var steps = pair(from, pivot.get()).replace('|', '-') + " "
                + pair(pivot.get(), to).replace('|', '-');
        var label = settings.version();
        var version = label == null || label.isBlank() ? steps : label + " " + steps;
        return new Result(second.segments(), NAME, Result.throughPivot(version, pivot.get()));
    }

    private Result direct(List<String> segments, String from, String to) {
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
