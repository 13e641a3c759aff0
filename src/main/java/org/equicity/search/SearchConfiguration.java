package org.equicity.search;

import java.util.Map;
import org.hibernate.search.backend.elasticsearch.cfg.ElasticsearchBackendSettings;
import org.hibernate.search.backend.lucene.cfg.LuceneBackendSettings;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.orm.cfg.HibernateOrmMapperSettings;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hibernate Search's configuration, with defaults that run on one machine: the embedded Lucene backend writing to
 * {@code ./data/index}. Anything set under {@code spring.jpa.properties.hibernate.search.*} wins, so an
 * installation selects Elasticsearch or OpenSearch with {@code hibernate.search.backend.type=elasticsearch} and
 * {@code hibernate.search.backend.hosts}; the analysis of the chosen backend is configured here in both cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchSettings.class)
class SearchConfiguration {

    static final String BACKEND_TYPE = "hibernate.search.backend.type";
    static final String ANALYSIS_CONFIGURER = "hibernate.search.backend.analysis.configurer";
    static final String DIRECTORY_ROOT = "hibernate.search.backend.directory.root";

    @Bean
    HibernatePropertiesCustomizer searchDefaults() {
        return SearchConfiguration::applyDefaults;
    }

    static void applyDefaults(Map<String, Object> properties) {
        var type = String.valueOf(properties.computeIfAbsent(BACKEND_TYPE, key -> LuceneBackendSettings.TYPE_NAME));
        if (ElasticsearchBackendSettings.TYPE_NAME.equals(type)) {
            properties.putIfAbsent(ANALYSIS_CONFIGURER, BeanReference.ofInstance(new ElasticsearchAnalysis()));
        } else {
            properties.putIfAbsent(ANALYSIS_CONFIGURER, BeanReference.ofInstance(new LuceneAnalysis()));
            if (!"local-heap".equals(properties.get("hibernate.search.backend.directory.type"))) {
                properties.putIfAbsent(DIRECTORY_ROOT, "./data/index");
            }
            // The index is derived data: after an upgrade of Lucene it is rebuilt (equicity.search.rebuild-on-start).
            properties.putIfAbsent("hibernate.search.backend.lucene_version", "LATEST");
        }
        properties.put(
                HibernateOrmMapperSettings.MAPPING_CONFIGURER,
                BeanReference.ofInstance((HibernateOrmSearchMappingConfigurer) context -> context.programmaticMapping()
                        .type(SearchDocument.class)
                        .binder(new LanguageFields())
                        .binder(new FacetField())));
        // Documents reach the index only after their data is committed, through SearchIndexer, so that a failing
        // index can never fail or hold up a save.
        properties.put(HibernateOrmMapperSettings.INDEXING_LISTENERS_ENABLED, false);
    }
}
