package org.equicity.translation;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cuts a text into segments an engine can take, and puts the translated segments back in place. Line structure
 * survives because only the words of each line are translated: line breaks, blank lines, indentation and list
 * markers stay as written. Within a line, whole sentences are grouped up to the engine's limit; a sentence longer
 * than the limit is cut between words.
 */
final class Segmenter {

    private static final Pattern LINE = Pattern.compile("(?<=\\n)|(?<=\\r)(?!\\n)");
    private static final Pattern LIST_MARKER =
            Pattern.compile("^\\s*(?:[-*+•◦‣–—]|\\(?\\d{1,3}[.)]|\\(?[a-zA-Z][.)](?=\\s))?\\s*");

    private Segmenter() {}

    /** A text as a sequence of kept parts and segments to translate. */
    record Segmented(List<String> parts, List<Boolean> translatable) {

        List<String> segments() {
            var segments = new ArrayList<String>();
            for (int i = 0; i < parts.size(); i++) {
                if (translatable.get(i)) {
                    segments.add(parts.get(i));
                }
            }
            return segments;
        }

        String join(List<String> translatedSegments) {
            var text = new StringBuilder();
            int next = 0;
            for (int i = 0; i < parts.size(); i++) {
                text.append(translatable.get(i) ? translatedSegments.get(next++) : parts.get(i));
            }
            if (next != translatedSegments.size()) {
                throw new IllegalArgumentException(
                        "Expected " + next + " translated segments, got " + translatedSegments.size());
            }
            return text.toString();
        }
    }

    static Segmented split(String text, String language, int maxLength) {
        if (maxLength < 20) {
            throw new IllegalArgumentException("A segment limit below 20 characters cannot hold a sentence");
        }
        var locale = Locale.forLanguageTag(language);
        var parts = new ArrayList<String>();
        var translatable = new ArrayList<Boolean>();
        for (var line : LINE.split(text, -1)) {
            int end = line.length();
            while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
                end--;
            }
            var marker = LIST_MARKER.matcher(line);
            int start = marker.lookingAt() ? Math.min(marker.end(), end) : 0;
            keep(parts, translatable, line.substring(0, start));
            if (start < end) {
                sentences(line.substring(start, end), locale, maxLength, parts, translatable);
            }
            keep(parts, translatable, line.substring(end));
        }
        return new Segmented(List.copyOf(parts), List.copyOf(translatable));
    }

    private static void sentences(
            String body, Locale locale, int maxLength, List<String> parts, List<Boolean> translatable) {
        var sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(body);
        var segment = new StringBuilder();
        for (int start = sentences.first(), end = sentences.next();
                end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            var sentence = body.substring(start, end);
            if (segment.length() + sentence.strip().length() <= maxLength) {
                segment.append(sentence);
                continue;
            }
            flush(segment, parts, translatable);
            if (sentence.strip().length() <= maxLength) {
                segment.append(sentence);
            } else {
                words(sentence, locale, maxLength, parts, translatable);
            }
        }
        flush(segment, parts, translatable);
    }

    /** A sentence longer than the limit: cut between words, or inside a word that alone exceeds the limit. */
    private static void words(
            String sentence, Locale locale, int maxLength, List<String> parts, List<Boolean> translatable) {
        var words = BreakIterator.getWordInstance(locale);
        words.setText(sentence);
        var piece = new StringBuilder();
        for (int start = words.first(), end = words.next();
                end != BreakIterator.DONE;
                start = end, end = words.next()) {
            var word = sentence.substring(start, end);
            if (piece.length() + word.length() > maxLength) {
                flush(piece, parts, translatable);
            }
            while (word.length() > maxLength) {
                parts.add(word.substring(0, maxLength));
                translatable.add(true);
                word = word.substring(maxLength);
            }
            piece.append(word);
        }
        flush(piece, parts, translatable);
    }

    /** Adds the gathered text as a segment, keeping its surrounding white space out of it. */
    private static void flush(StringBuilder gathered, List<String> parts, List<Boolean> translatable) {
        var text = gathered.toString();
        gathered.setLength(0);
        var stripped = text.strip();
        if (stripped.isEmpty()) {
            keep(parts, translatable, text);
            return;
        }
        int leading = text.indexOf(stripped);
        keep(parts, translatable, text.substring(0, leading));
        parts.add(stripped);
        translatable.add(true);
        keep(parts, translatable, text.substring(leading + stripped.length()));
    }

    private static void keep(List<String> parts, List<Boolean> translatable, String text) {
        if (!text.isEmpty()) {
            parts.add(text);
            translatable.add(false);
        }
    }
}
