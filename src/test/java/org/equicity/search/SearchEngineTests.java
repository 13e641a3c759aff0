package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.equicity.testing.OpenSearchTestEngine;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search tests run twice, and each run searches the engine it is meant for: the embedded Lucene index, or a real
 * OpenSearch node (never, quietly, Lucene again when OpenSearch was asked for).
 */
class SearchEngineTests extends SearchTestContext {

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theIndexIsServedByTheEngineThisRunIsFor() throws Exception {
        var backend = Search.mapping(entityManagerFactory).backend();
        if (!OpenSearchTestEngine.enabled()) {
            assertThat(backend).isInstanceOf(LuceneBackend.class);
            return;
        }
        var client = backend.unwrap(ElasticsearchBackend.class).client(RestClient.class);
        var response = client.performRequest(new Request("GET", "/"));
        var node = JSON.readTree(new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8));
        assertThat(node.path("version").path("distribution").asString()).isEqualTo("opensearch");
        var indices = client.performRequest(new Request("GET", "/_cat/indices?h=index"));
        assertThat(new String(indices.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8))
                .as("the application's index lives on the node")
                .contains("content");
    }
}
