package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.equicity.testing.OpenSearchTestEngine;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The search tests run twice, and each run searches the engine it is meant for: the embedded Lucene index, or a real
 * OpenSearch node (never, quietly, Lucene again when OpenSearch was asked for). On OpenSearch, each language's
 * fields make the same terms as the embedded engine's analyzers, on which the application's query analysis decides
 * which words a field keeps ({@link QueryAnalysis}): were they to differ, a query would require words that a field
 * dropped.
 */
class SearchEngineTests extends SearchTestContext {

    /** Stop words, elisions, plurals, inflections and compounds in each language with fields of its own. */
    static final Map<String, String> SAMPLES = Map.of(
            "en",
            "The cities' mediators are reporting on discrimination against women and the Roma communities",
            "de",
            "Die Bürgerhaushalte der Städte für Roma und gegen die Diskriminierung von Frauen",
            "fr",
            "L'accès des femmes aux logements sociaux et la médiation interculturelle",
            "es",
            "El acceso de las mujeres a las viviendas sociales y la mediación intercultural",
            "it",
            "L'accesso delle donne agli alloggi sociali e la mediazione interculturale",
            "nl",
            "De toegang van vrouwen tot sociale woningen en de interculturele bemiddelaars",
            "sv",
            "Kvinnornas tillgång till bostäderna och de interkulturella medlarna",
            LanguageFields.OTHER,
            "Dostęp kobiet do mieszkań socjalnych i mediacja międzykulturowa");

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
        assertThat(call(client, new Request("GET", "/"))
                        .path("version")
                        .path("distribution")
                        .asString())
                .isEqualTo("opensearch");

        assertThat(SAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(LanguageFields.analyzers());
        for (var sample : SAMPLES.entrySet()) {
            // every term, the parts of a German compound included: the node indexes as the embedded engine does
            assertThat(analysedOnTheNode(client, sample.getKey(), sample.getValue()))
                    .as("the terms of %s fields", sample.getKey())
                    .isNotEmpty()
                    .isEqualTo(analysedHere(sample.getKey(), sample.getValue()));
        }
    }

    /** Every term the embedded engine's analyzer for a language makes of a text. */
    private static List<String> analysedHere(String language, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var analyzer = LuceneAnalysis.analyzer(language);
                var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    /** The terms the index's analyzer for a language makes of a text (the index is read through its alias). */
    private static List<String> analysedOnTheNode(RestClient client, String analyzer, String text) throws IOException {
        var request = new Request("POST", "/content-read/_analyze");
        request.setEntity(new StringEntity(
                JSON.writeValueAsString(Map.of("analyzer", analyzer, "text", text)), ContentType.APPLICATION_JSON));
        var terms = new ArrayList<String>();
        call(client, request)
                .path("tokens")
                .forEach(token -> terms.add(token.path("token").asString()));
        return terms;
    }

    private static JsonNode call(RestClient client, Request request) throws IOException {
        var response = client.performRequest(request);
        return JSON.readTree(new String(response.getEntity().getContent().readAllBytes(), StandardCharsets.UTF_8));
    }
}
