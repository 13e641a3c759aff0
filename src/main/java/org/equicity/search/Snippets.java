package org.equicity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.equicity.translation.Translations;

/**
 * The passage of a hit that shows why it matched, with the words of the query marked. It is cut from the hit's text
 * as the database holds it, analysed by the rules of the text's language, and from the English archive when the
 * text itself does not match. Highlighting in the index instead cost most of a search's time: the index loads and
 * analyses the stored text of every language field of every hit, although a hit has text in one of them only.
 */
final class Snippets {

    /** The name the query and the passage share; any name would do, as nothing else is analysed with them. */
    private static final String FIELD = "text";

    private static final int PASSAGE_LENGTH = 200;

    /** A passage, escaped as HTML with its matches in {@code <mark>}, and whether it is the English archive's. */
    record Snippet(String html, boolean archive) {}

    private final Map<String, Marker> markers = new HashMap<>();

    Snippets() {
        Stream.concat(LanguageFields.ANALYSED.stream(), Stream.of(LanguageFields.OTHER))
                .forEach(language -> markers.put(language, new Marker(language)));
    }

    /**
     * @param query what the reader typed
     * @param translated the query in English, or {@code null}
     * @return {@code null} when neither the text nor its archive contains a word of the query
     */
    Snippet of(String language, String text, String archive, String query, String translated) {
        var passage = marker(language).mark(text, query, null);
        if (passage != null) {
            return new Snippet(passage, false);
        }
        var english = marker(Translations.ARCHIVE_LANGUAGE).mark(archive, query, translated);
        return english == null ? null : new Snippet(english, true);
    }

    private Marker marker(String language) {
        return markers.getOrDefault(language, markers.get(LanguageFields.OTHER));
    }

    /** Marks with one language's rules; Lucene's highlighter and query parser may be shared between threads. */
    private static final class Marker {

        private final org.apache.lucene.analysis.Analyzer analyzer;
        private final UnifiedHighlighter highlighter;

        Marker(String language) {
            this.analyzer = LuceneAnalysis.analyzer(language);
            var locale = Locale.forLanguageTag(language);
            this.highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                            BreakIterator.getSentenceInstance(locale), PASSAGE_LENGTH, 0.3f))
                    .withMaxNoHighlightPassages(0)
                    .build();
        }

        String mark(String text, String query, String translated) {
            if (text == null || text.isBlank() || query.isBlank()) {
                return null;
            }
            try {
                var passage = highlighter.highlightWithoutSearcher(FIELD, query(query, translated), text, 1);
                return passage == null || passage.toString().isEmpty() ? null : passage.toString();
            } catch (IOException unreadable) {
                // Analysing a string reads no file.
                throw new UncheckedIOException(unreadable);
            }
        }

        /** The words of the query and of its English translation, analysed by the text's rules. */
        private Query query(String query, String translated) {
            var typed = parse(query);
            if (translated == null) {
                return typed;
            }
            return new BooleanQuery.Builder()
                    .add(typed, Occur.SHOULD)
                    .add(parse(translated), Occur.SHOULD)
                    .build();
        }

        /**
         * Any word of the query is marked: a document may match without every word in its text (a stop word of its
         * language, a word found in its framework labels or as a near word).
         */
        private Query parse(String text) {
            var parser = new SimpleQueryParser(analyzer, FIELD);
            parser.setDefaultOperator(Occur.SHOULD);
            return parser.parse(text);
        }
    }
}
