package org.equicity.search;

import org.apache.lucene.analysis.de.GermanAnalyzer;
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
 * language's stemmer. They match {@link ElasticsearchAnalysis}, so both backends find the same.
 */
class LuceneAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer("en").instance(new EnglishAnalyzer());
        context.analyzer("de").instance(new GermanAnalyzer());
        context.analyzer("fr").instance(new FrenchAnalyzer());
        context.analyzer("es").instance(new SpanishAnalyzer());
        context.analyzer("it").instance(new ItalianAnalyzer());
        context.analyzer("nl").instance(new DutchAnalyzer());
        context.analyzer("sv").instance(new SwedishAnalyzer());
        context.analyzer(LanguageFields.OTHER).instance(new StandardAnalyzer());
    }
}
