package org.equicity.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * German analysis that splits compounds: a German word is also indexed (and sought) as the words of
 * {@code search/german-compound-parts.txt} it is made of, so that "Sozialwohnungen" and "Wohnungsmarkt" meet
 * "Wohnung". Otherwise it is Lucene's {@link GermanAnalyzer} (lower case, German stop words, normalisation, light
 * stemming); {@link ElasticsearchAnalysis} defines the same chain with the same list and settings for OpenSearch.
 */
final class GermanCompounds {

    /** Words shorter than this are not split. */
    static final int MIN_WORD = 5;

    /** The shortest part looked for: three letters would find too many parts by chance. */
    static final int MIN_PART = 4;

    static final int MAX_PART = 20;

    /** Of parts found at the same place, only the longest ("wohnungen", not also "wohnung"). */
    static final boolean ONLY_LONGEST = true;

    /** The parts, read once: the analysers of both backends and of the query share them. */
    static final List<String> PARTS = read();

    private static final CharArraySet DICTIONARY = new CharArraySet(PARTS, false);

    private GermanCompounds() {}

    static Analyzer analyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var source = new StandardTokenizer();
                var stream = new LowerCaseFilter(source);
                var filtered = new StopFilter(stream, GermanAnalyzer.getDefaultStopSet());
                var split = new DictionaryCompoundWordTokenFilter(
                        filtered, DICTIONARY, MIN_WORD, MIN_PART, MAX_PART, ONLY_LONGEST);
                return new TokenStreamComponents(
                        source, new GermanLightStemFilter(new GermanNormalizationFilter(split)));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new GermanNormalizationFilter(new LowerCaseFilter(in));
            }
        };
    }

    private static List<String> read() {
        var in = Objects.requireNonNull(
                GermanCompounds.class.getResourceAsStream("/search/german-compound-parts.txt"),
                "search/german-compound-parts.txt");
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
