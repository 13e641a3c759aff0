package org.equicity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Analyses query words by the rules of each language's fields, in the application, to tell which words a field's
 * analyser keeps: a word it drops (a stop word there) must not be required in that field. The rules are those the
 * index uses ({@link LuceneAnalysis}; Elasticsearch's built-in language analysers apply the same stop words and
 * stemmers), and Lucene's analysers may be shared between threads.
 */
final class QueryAnalysis {

    private final Map<String, Analyzer> analyzers = new HashMap<>();

    QueryAnalysis() {
        LanguageFields.analyzers().forEach(language -> analyzers.put(language, LuceneAnalysis.analyzer(language)));
    }

    /**
     * The terms the given language's fields make of the text, one per word: the parts a German compound is also
     * indexed as stand at the word's place and are not counted again. Empty when its analyser drops every word.
     */
    List<String> terms(String language, String text) {
        return positions(language, text).stream().map(terms -> terms.get(0)).toList();
    }

    /**
     * The terms the given language's fields make of the text by position: first the word's own term, then the parts
     * a German compound is also indexed as. Positions a stop word held are not kept.
     */
    List<List<String>> positions(String language, String text) {
        var analyzer = analyzers.getOrDefault(language, analyzers.get(LanguageFields.OTHER));
        var positions = new ArrayList<List<String>>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (position.getPositionIncrement() > 0 || positions.isEmpty()) {
                    positions.add(new ArrayList<>(1));
                }
                positions.get(positions.size() - 1).add(term.toString());
            }
            stream.end();
        } catch (IOException unreadable) {
            // Analysing a string reads no file.
            throw new UncheckedIOException(unreadable);
        }
        return positions;
    }
}
