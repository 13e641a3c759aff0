package org.equicity.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.equicity.translation.Translations.QueryMeans;
import org.equicity.translation.Translations.QueryTranslation;
import org.equicity.translation.Translations.QueryWord;
import org.equicity.translation.Translations.QueryWordKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes a search query ready for the English archive: detects its language, then translates it with the engine
 * routed for the pair (directly or through a pivot language), or else word by word with a FreeDict dictionary.
 * Dictionary senses serve queries only: stored texts are translated by real engines.
 */
@Component
class QueryTranslator {

    private static final Logger log = LoggerFactory.getLogger(QueryTranslator.class);

    /** A quoted phrase (straight, typographic or guillemet quotes) or a word. */
    private static final Pattern PART = Pattern.compile("[\"“„«]([^\"“”„«»]+)[\"”“»]|[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    /** Languages that capitalise every noun: a capital there says nothing about a name. */
    private static final List<String> NOUNS_CAPITALISED = List.of("de", "lb");

    private final LanguageDetection detection;
    private final EngineRouter engines;
    private final FreeDictDictionaries dictionaries;
    private final WordSplitter splitter;

    QueryTranslator(LanguageDetection detection, EngineRouter engines, FreeDictDictionaries dictionaries) {
        this.detection = detection;
        this.engines = engines;
        this.dictionaries = dictionaries;
        this.splitter = new WordSplitter(dictionaries);
    }

    QueryTranslation translate(String query, String readerLanguage) {
        var typed = query == null ? "" : query.strip();
        var detected = detection.detectQuery(typed, readerLanguage);
        var language = detected.orElse(readerLanguage);
        if (typed.isEmpty() || !Languages.isCode(language) || Translations.ARCHIVE_LANGUAGE.equals(language)) {
            return asTyped(typed, language, detected.isPresent());
        }
        var byEngine = byEngine(typed, language, detected.isPresent());
        if (byEngine.isPresent()) {
            return byEngine.get();
        }
        if (dictionaries.covers(language)) {
            return new QueryTranslation(
                    typed, language, detected.isPresent(), QueryMeans.DICTIONARY, null, words(typed, language));
        }
        return asTyped(typed, language, detected.isPresent());
    }

    /** {@link Translations#translateNow}: the engine routed for the pair, if it supports it and answers. */
    Optional<String> translateNow(String text, String from, String to) {
        if (text == null || text.isBlank() || from.equals(to)) {
            return Optional.empty();
        }
        // a reader waits for the engine anyway: it may as well learn which pairs (and pivots) it has
        engines.refresh();
        var engine = engines.engineFor(from, to).filter(found -> found.supports(from, to));
        if (engine.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(String.join(
                            " ", engine.get().translate(List.of(text), from, to).segments()))
                    .map(String::strip)
                    .filter(translated -> !translated.isEmpty());
        } catch (RuntimeException unavailable) {
            log.info("No query translation {}-{}: {}", from, to, unavailable.getMessage());
            return Optional.empty();
        }
    }

    private Optional<QueryTranslation> byEngine(String typed, String language, boolean detected) {
        var target = Translations.ARCHIVE_LANGUAGE;
        return translateNow(typed, language, target).map(english -> {
            var pivot = engines.engineFor(language, target).flatMap(engine -> engine.pivot(language, target));
            var means = pivot.isPresent() ? QueryMeans.PIVOT : QueryMeans.ENGINE;
            return new QueryTranslation(typed, language, detected, means, english, List.of());
        });
    }

    private static QueryTranslation asTyped(String typed, String language, boolean detected) {
        return new QueryTranslation(typed, language, detected, QueryMeans.AS_TYPED, null, List.of());
    }

    /** Each word's senses; quoted phrases and names are kept as typed. */
    List<QueryWord> words(String typed, String language) {
        var words = new ArrayList<QueryWord>();
        boolean first = true;
        for (var matcher = PART.matcher(typed); matcher.find(); first = false) {
            if (matcher.group(1) != null) {
                words.add(new QueryWord(matcher.group(1).strip(), QueryWordKind.PHRASE, null, List.of()));
            } else if (isName(matcher.group(), first, language)) {
                words.add(new QueryWord(matcher.group(), QueryWordKind.NAME, null, List.of()));
            } else {
                words.addAll(splitter.lookUp(matcher.group(), language));
            }
        }
        return words;
    }

    /** A word in capitals ("ECCAR"), or capitalised inside a sentence in a language whose nouns are not. */
    private static boolean isName(String word, boolean first, String language) {
        var letters = word.codePoints().filter(Character::isLetter).toArray();
        boolean capitals =
                letters.length >= 2 && java.util.Arrays.stream(letters).allMatch(Character::isUpperCase);
        boolean capitalised = letters.length > 0 && Character.isUpperCase(letters[0]);
        return capitals || (capitalised && !first && !NOUNS_CAPITALISED.contains(language.toLowerCase(Locale.ROOT)));
    }
}
