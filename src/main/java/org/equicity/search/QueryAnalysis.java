package org.equicity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

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

    /** The terms the given language's fields make of the text; empty when its analyser drops every word. */
    List<String> terms(String language, String text) {
        var analyzer = analyzers.getOrDefault(language, analyzers.get(LanguageFields.OTHER));
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException unreadable) {
            // Analysing a string reads no file.
            throw new UncheckedIOException(unreadable);
        }
        return terms;
    }
}
