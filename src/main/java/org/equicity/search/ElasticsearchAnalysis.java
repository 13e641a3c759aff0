package org.equicity.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * Elasticsearch's (and OpenSearch's) built-in language analyzers under the names {@link LanguageFields} uses, and for
 * German the chain of {@link GermanCompounds}.
 */
class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("en").type("english");
        // German as Lucene's analyser reads it with compounds split (GermanCompounds), with the same list and settings
        context.tokenFilter("de_stop").type("stop").param("stopwords", "_german_");
        context.tokenFilter("de_compounds")
                .type("dictionary_decompounder")
                .param("word_list", GermanCompounds.PARTS.toArray(String[]::new))
                .param("min_word_size", GermanCompounds.MIN_WORD)
                .param("min_subword_size", GermanCompounds.MIN_PART)
                .param("max_subword_size", GermanCompounds.MAX_PART)
                .param("only_longest_match", GermanCompounds.ONLY_LONGEST);
        context.tokenFilter("de_light_stem").type("stemmer").param("language", "light_german");
        context.analyzer("de")
                .custom()
                .tokenizer("standard")
                .tokenFilters("lowercase", "de_stop", "de_compounds", "german_normalization", "de_light_stem");
        context.analyzer("fr").type("french");
        context.analyzer("es").type("spanish");
        context.analyzer("it").type("italian");
        context.analyzer("nl").type("dutch");
        context.analyzer("sv").type("swedish");
        context.analyzer(LanguageFields.OTHER).type("standard");
    }
}
