package org.equicity.search;

import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Lucene's analyzers for each language of {@link LanguageFields}: lower case, stop words, folding and the
 * language's stemmer, and for German the parts of compounds ({@link GermanCompounds}). They match {@link ElasticsearchAnalysis}, so both backends find the same; {@link Snippets}
 * analyses the passages it marks with the same rules.
 */
class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        LanguageFields.ANALYSED.forEach(language -> context.analyzer(language).instance(analyzer(language)));
        context.analyzer(LanguageFields.OTHER).instance(analyzer(LanguageFields.OTHER));
    }

    /**
     * A new analyzer for a language of {@link LanguageFields#ANALYSED}, or the plain one for any other. New each
     * time, because whoever uses one closes it when done.
     */
    static Analyzer analyzer(String language) {
        Supplier<Analyzer> analyzer = switch (language) {
            case "en" -> EnglishAnalyzer::new;
            case "de" -> GermanCompounds::analyzer;
            case "fr" -> FrenchAnalyzer::new;
            case "es" -> SpanishAnalyzer::new;
            case "it" -> ItalianAnalyzer::new;
            case "nl" -> DutchAnalyzer::new;
            case "sv" -> SwedishAnalyzer::new;
            default -> StandardAnalyzer::new;
        };
        return analyzer.get();
    }
}
