package org.equicity.translation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.equicity.translation.Translations.QueryWord;
import org.equicity.translation.Translations.QueryWordKind;

/**
 * Looks a query word up in a FreeDict dictionary the way a reader would: as typed, then without a plural or
 * inflected ending the dictionary does not list, then, in languages that write compounds as one word, as the parts
 * of a compound the dictionary knows only in parts ("Bürgerhaushalt" → "Bürger" + "Haushalt").
 */
final class WordSplitter {

    /** Parts shorter than this are mostly linking letters or chance matches ("ab", "in"). */
    private static final int MIN_PART = 3;

    /**
     * Endings of plurals and inflections, and what replaces them in the dictionary's headword. German feminine forms
     * ("Migrantinnen", "Mediatorin") come first: the dictionary often lists only the masculine one, and without them
     * "-innen" would be cut off as a word of its own ("innen", inside).
     */
    private static final Map<String, List<String[]>> ENDINGS = Map.of(
            "de",
                    endings(
                            "innen", "in", "innen", "", "in", "", "en", "", "n", "", "e", "", "s", "", "er", "", "es",
                            ""),
            "nl", endings("en", "", "s", "", "n", ""),
            "sv", endings("er", "", "ar", "", "or", "a", "na", "", "en", "", "et", ""),
            "fr", endings("s", "", "x", "", "aux", "al"),
            "es", endings("s", "", "es", ""),
            "pt", endings("s", "", "es", "", "ões", "ão", "ns", "m"),
            "it", endings("i", "o", "e", "a", "i", "e", "he", "a", "hi", "o"),
            "pl", endings("a", "e", "y", "", "i", "", "ów", "", "e", "a"));

    /** Letters that join the parts of a compound ("Gleichstellungs-beauftragte"). */
    private static final Map<String, List<String>> LINKS = Map.of(
            "de", List.of("", "s", "es", "n", "en", "e"),
            "nl", List.of("", "s", "en", "e"),
            "sv", List.of("", "s", "a", "u", "o"));

    private final FreeDictDictionaries dictionaries;

    WordSplitter(FreeDictDictionaries dictionaries) {
        this.dictionaries = dictionaries;
    }

    /** The word with its senses, or the parts of the compound it is made of, each with its senses. */
    List<QueryWord> lookUp(String word, String language) {
        var headword = headword(word, language);
        if (headword.isPresent()) {
            return List.of(word(word, QueryWordKind.WORD, null, headword.get(), language));
        }
        var parts = split(word.toLowerCase(Locale.ROOT), language, 2);
        if (parts.size() > 1) {
            var words = new ArrayList<QueryWord>();
            parts.forEach(part -> words.add(word(part, QueryWordKind.COMPOUND_PART, word, part, language)));
            return words;
        }
        return List.of(new QueryWord(word, QueryWordKind.WORD, null, List.of()));
    }

    private QueryWord word(String typed, QueryWordKind kind, String compound, String headword, String language) {
        var senses = dictionaries.senses(language, headword(headword, language).orElse(headword));
        return new QueryWord(typed, kind, compound, senses);
    }

    /** The headword the dictionary lists the word under: itself, or without an inflected ending. */
    private Optional<String> headword(String word, String language) {
        var lower = word.toLowerCase(Locale.ROOT);
        if (dictionaries.has(language, lower)) {
            return Optional.of(lower);
        }
        for (var ending : ENDINGS.getOrDefault(language, List.of())) {
            if (lower.endsWith(ending[0]) && lower.length() - ending[0].length() >= MIN_PART) {
                var stem = lower.substring(0, lower.length() - ending[0].length()) + ending[1];
                if (dictionaries.has(language, stem)) {
                    return Optional.of(stem);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The best split of a compound into known words: the one whose shortest part is longest, so that
     * "bürgerhaushalt" is "bürger" + "haushalt" rather than "bürgerhaus" + "halt". A single element when none is
     * found; at most {@code depth} cuts.
     */
    private List<String> split(String word, String language, int depth) {
        var links = LINKS.get(language);
        if (links == null || depth == 0) {
            return List.of(word);
        }
        List<String> best = List.of(word);
        int bestShortest = 0;
        for (int cut = MIN_PART; cut <= word.length() - MIN_PART; cut++) {
            var rest = word.substring(cut);
            var restParts = headword(rest, language).map(List::of).orElseGet(() -> split(rest, language, depth - 1));
            if (restParts.size() == 1 && headword(rest, language).isEmpty()) {
                continue;
            }
            for (var link : links) {
                var head = word.substring(0, cut);
                if (!head.endsWith(link) || head.length() - link.length() < MIN_PART) {
                    continue;
                }
                var first = headword(head.substring(0, head.length() - link.length()), language);
                if (first.isPresent()) {
                    var parts = new ArrayList<String>();
                    parts.add(first.get());
                    parts.addAll(restParts);
                    int shortest = parts.stream().mapToInt(String::length).min().orElse(0);
                    if (shortest > bestShortest) {
                        best = parts;
                        bestShortest = shortest;
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static List<String[]> endings(String... pairs) {
        var endings = new ArrayList<String[]>();
        for (int i = 0; i < pairs.length; i += 2) {
            endings.add(new String[] {pairs[i], pairs[i + 1]});
        }
        return endings;
    }
}
