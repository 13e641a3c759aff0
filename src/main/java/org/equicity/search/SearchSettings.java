package org.equicity.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code equicity.search.*}. The index itself is configured with Hibernate Search's own properties under
 * {@code spring.jpa.properties.hibernate.search.*} (backend type, directory, Elasticsearch hosts); see
 * {@link SearchConfiguration} for the defaults.
 *
 * @param rebuildOnStart derive every document and rewrite the index when the application has started
 * @param retryInterval how often every node looks for changes whose indexing did not complete (an index that was
 *     down, a node that stopped) and for English archive translations that have arrived since
 * @param batchSize how many plans one such round handles at most
 */
@ConfigurationProperties("equicity.search")
record SearchSettings(
        @DefaultValue("false") boolean rebuildOnStart,
        @DefaultValue("PT30S") Duration retryInterval,
        @DefaultValue("50") int batchSize) {}
