package org.equicity.search;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/** Elasticsearch's (and OpenSearch's) built-in language analyzers under the names {@link LanguageFields} uses. */
class ElasticsearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.analyzer("en").type("english");
        context.analyzer("de").type("german");
        context.analyzer("fr").type("french");
        context.analyzer("es").type("spanish");
        context.analyzer("it").type("italian");
        context.analyzer("nl").type("dutch");
        context.analyzer("sv").type("swedish");
        context.analyzer(LanguageFields.OTHER).type("standard");
    }
}
