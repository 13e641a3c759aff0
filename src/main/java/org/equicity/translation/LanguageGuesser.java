package org.equicity.translation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from its most frequent short words, so that a writer who picked the wrong language
 * for a text can be warned before it is translated from that language. It only answers when the text is long
 * enough and one language clearly stands out: a wrong warning would teach people to ignore it.
 */
public final class LanguageGuesser {

    /** Shorter texts (a title, a name) are too often ambiguous to judge. */
    public static final int MIN_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    /** Words shared by several languages count for less: "de" says little, "und" says German. */
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en",
            Set.of(
                    "the", "and", "of", "to", "in", "is", "that", "for", "it", "with", "as", "was", "on", "are", "by",
                    "this", "be", "from", "at", "or", "have", "has", "an", "which", "not", "will", "their", "they",
                    "we", "our", "all", "its", "been", "were", "more", "who", "can", "against", "into", "these"),
            "de",
            Set.of(
                    "der", "die", "und", "das", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit", "sich", "des",
                    "auf", "für", "im", "dem", "auch", "es", "werden", "aus", "hat", "dass", "sie", "nach", "wird",
                    "bei", "einer", "um", "noch", "wie", "über", "zum", "wir", "unsere", "oder", "sind", "zur", "gegen",
                    "alle", "ihre"),
            "fr",
            Set.of(
                    "le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "en", "que", "qui", "dans", "pour",
                    "pas", "au", "sur", "par", "ne", "se", "plus", "avec", "ce", "il", "sont", "aux", "nous", "leur",
                    "ont", "cette", "été", "ou", "mais", "son", "sa", "contre", "tous", "notre", "ses"),
            "es",
            Set.of(
                    "el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "por", "con", "para", "es", "del",
                    "al", "se", "no", "lo", "su", "sus", "como", "más", "pero", "este", "esta", "son", "ha", "ya",
                    "también", "entre", "muy", "sobre", "todos", "nuestra", "contra", "hay", "cada"),
            "it",
            Set.of(
                    "il", "la", "di", "che", "e", "è", "un", "una", "per", "non", "del", "della", "dei", "delle", "con",
                    "sono", "gli", "le", "da", "nel", "nella", "al", "alla", "si", "anche", "come", "più", "questo",
                    "questa", "ha", "lo", "ai", "degli", "sua", "loro", "contro", "tutti", "nostra"),
            "nl",
            Set.of(
                    "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met", "die",
                    "in", "er", "aan", "ook", "als", "bij", "door", "worden", "wordt", "naar", "om", "uit", "maar",
                    "dan", "wij", "onze", "deze", "hun", "kan", "tegen", "alle"),
            "sv",
            Set.of(
                    "och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "de",
                    "inte", "om", "ett", "var", "men", "vi", "kan", "från", "eller", "vara", "vid", "sin", "även",
                    "mot", "våra", "detta", "alla", "ska", "sina", "hur"),
            "ca",
            Set.of(
                    "el", "la", "els", "les", "de", "i", "que", "en", "un", "una", "per", "amb", "és", "del", "als",
                    "al", "es", "no", "ho", "més", "com", "però", "aquest", "aquesta", "són", "ha", "també", "entre",
                    "molt", "sobre", "tots", "nostra", "contra", "seu", "seva", "pel", "dels", "hi", "cada"),
            "pt",
            Set.of(
                    "o", "a", "os", "as", "de", "e", "que", "em", "um", "uma", "por", "com", "para", "é", "do", "da",
                    "dos", "das", "no", "na", "não", "se", "mais", "como", "mas", "este", "esta", "são", "foi",
                    "também", "entre", "muito", "sobre", "todos", "nossa", "contra", "ao", "pelo", "pela", "cada"));

    /** How many languages use each word. */
    private static final Map<String, Integer> SHARED = new HashMap<>();

    static {
        FUNCTION_WORDS.values().forEach(words -> words.forEach(word -> SHARED.merge(word, 1, Integer::sum)));
    }

    private LanguageGuesser() {}

    /** The languages this guesser can recognise. */
    public static Set<String> languages() {
        return FUNCTION_WORDS.keySet();
    }

    /** The language the text is clearly written in, if it is long enough to tell and one language stands out. */
    public static Optional<String> guess(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var words = new ArrayList<String>();
        var matcher =
                WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group().replace("'", ""));
        }
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        var scores = scores(words);
        var ranked = new ArrayList<>(scores.entrySet());
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        double best = ranked.get(0).getValue();
        double second = ranked.get(1).getValue();
        // at least a few telling words, and clearly more of them than for the nearest other language
        boolean clear = best >= 2.0 && best >= second * 1.6 && best >= words.size() * 0.12;
        return clear ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }

    /**
     * The language a text looks written in when that is clearly not the one recorded for it; empty when it matches,
     * when the text is too short or ambiguous, or when the recorded language is one this guesser does not know
     * (it cannot tell Basque from Spanish, so it says nothing rather than something wrong).
     */
    public static Optional<String> contradicts(String text, String recorded) {
        if (recorded == null || !languages().contains(recorded)) {
            return Optional.empty();
        }
        return guess(text).filter(guessed -> !guessed.equals(recorded));
    }

    private static Map<String, Double> scores(List<String> words) {
        var scores = new HashMap<String, Double>();
        FUNCTION_WORDS.keySet().forEach(language -> scores.put(language, 0.0));
        for (var word : words) {
            var shared = SHARED.get(word);
            if (shared == null) {
                continue;
            }
            FUNCTION_WORDS.forEach((language, known) -> {
                if (known.contains(word)) {
                    scores.merge(language, 1.0 / shared, Double::sum);
                }
            });
        }
        return scores;
    }
}
