package org.equicity.translation;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which language a text or a query is written in, by Lingua's n-gram models of the languages this installation
 * serves ({@code equicity.translation.detection-languages}), loaded on first use: every language more would cost
 * memory and add a language a short text could be mistaken for. It answers only when one language clearly stands
 * out; a warning that is wrong would teach writers to ignore it, and a query too short to tell is read in the
 * reader's language.
 */
@Component
class LanguageDetection {

    /** Shorter texts (a title, a name) are too often ambiguous to warn about. */
    static final int MIN_WORDS_TO_WARN = 5;

    /** Queries with fewer letters ("EU", "Roma") say nothing about their language. */
    static final int MIN_QUERY_LETTERS = 5;

    /**
     * Lingua gives the likeliest language a confidence of 1 and the others their likelihood relative to it: a text
     * counts as written in a language only when the next one is at most this confident.
     */
    private static final double TEXT_NEXT_AT_MOST = 0.9;

    /** Queries are short: a lead this small already tells, a smaller one is a tie. */
    private static final double QUERY_NEXT_AT_MOST = 0.95;

    /** A query that reads almost as well in the reader's language is taken to be in it. */
    private static final double READER_AT_LEAST = 0.9;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final Set<String> languages;
    private final LanguageDetector detector;

    LanguageDetection(
            @Value("${equicity.translation.detection-languages:en,de,fr,es,it,nl,sv,ca,pt,pl}") List<String> configured,
            @Value("${equicity.translation.detection-high-accuracy:false}") boolean highAccuracy) {
        var known = new LinkedHashSet<Language>();
        for (var code : configured) {
            linguaLanguage(code.strip()).ifPresent(known::add);
        }
        if (known.size() < 2) {
            throw new IllegalStateException("equicity.translation.detection-languages must name at least two"
                    + " languages Lingua knows (ISO 639-1 codes); it names " + configured);
        }
        var served = known.toArray(Language[]::new);
        this.languages = known.stream().map(LanguageDetection::code).collect(Collectors.toSet());
        var builder = LanguageDetectorBuilder.fromLanguages(served);
        // Trigrams by default. Lingua's high accuracy reads every n-gram length up to five: some 28 MB of heap per
        // language, more than the rest of the application, for better guesses on texts under 120 characters, that
        // is on queries. With trigrams alone an English reader's queries in other languages were placed right 75
        // times in 97 instead of 86, yet the relevance set ranked as well (MRR 0.93 against 0.92 for an English
        // reader, 0.93 against 0.94 for each query's own): the query as typed is asked in every language's fields
        // whatever language it is taken to be in. A setting for installations that want the better guesses.
        this.detector =
                highAccuracy ? builder.build() : builder.withLowAccuracyMode().build();
    }

    /**
     * Lingua reads its models on first use, which takes seconds: they are read in the background once the
     * application is up, so that the first search does not wait for them.
     */
    @EventListener(ApplicationReadyEvent.class)
    void loadModels() {
        var loading = new Thread(() -> detector.computeLanguageConfidenceValues("plan of action"), "lingua-models");
        loading.setDaemon(true);
        loading.setPriority(Thread.MIN_PRIORITY);
        loading.start();
    }

    /** The languages detection can answer (ISO 639-1). */
    Set<String> languages() {
        return languages;
    }

    /** The language a text is clearly written in; empty when it is too short or no language stands out. */
    Optional<String> detect(String text) {
        if (text == null || words(text) < MIN_WORDS_TO_WARN) {
            return Optional.empty();
        }
        return leader(detector.computeLanguageConfidenceValues(text), TEXT_NEXT_AT_MOST);
    }

    /**
     * The language a text reads like when that is clearly not the one recorded for it; empty when it matches, when
     * it cannot be told, or when the recorded language is not one detection knows (it would always "contradict").
     */
    Optional<String> contradicts(String text, String recorded) {
        if (recorded == null || !languages.contains(recorded)) {
            return Optional.empty();
        }
        return detect(text).filter(detected -> !detected.equals(recorded));
    }

    /**
     * The language of a search query as far as it can be told: the reader's where the query reads almost as well in
     * it (a German reader's "Integration" is German), otherwise the language that leads; empty for a query too short
     * to tell or a tie, which the caller reads in the reader's language.
     */
    Optional<String> detectQuery(String query, String reader) {
        if (query == null || query.codePoints().filter(Character::isLetter).count() < MIN_QUERY_LETTERS) {
            return Optional.empty();
        }
        var confidences = detector.computeLanguageConfidenceValues(query);
        var readerLanguage = reader == null ? Optional.<Language>empty() : linguaLanguage(reader);
        if (readerLanguage
                .map(language -> confidences.getOrDefault(language, 0.0) >= READER_AT_LEAST)
                .orElse(false)) {
            return Optional.of(reader);
        }
        return leader(confidences, QUERY_NEXT_AT_MOST);
    }

    private static Optional<String> leader(SortedMap<Language, Double> confidences, double nextAtMost) {
        var ranked = confidences.entrySet().iterator();
        if (!ranked.hasNext()) {
            return Optional.empty();
        }
        var best = ranked.next().getKey();
        double next = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        return best == Language.UNKNOWN || next > nextAtMost ? Optional.empty() : Optional.of(code(best));
    }

    private static int words(String text) {
        int count = 0;
        for (var matcher = WORD.matcher(text); matcher.find(); ) {
            count++;
        }
        return count;
    }

    private static String code(Language language) {
        return language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static Optional<Language> linguaLanguage(String code) {
        try {
            var iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
            return Optional.of(Language.getByIsoCode639_1(iso)).filter(found -> found != Language.UNKNOWN);
        } catch (IllegalArgumentException unknownToLingua) {
            return Optional.empty();
        }
    }
}
