package org.equicity.search;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.equicity.EventsSettled;
import org.equicity.translation.TranslationTestContext;
import org.junit.jupiter.api.Tag;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the search tests share: the translation tests' context (Apertium for Spanish, a LibreTranslate stand-in for
 * German), searching one city through the API, reading its answer, and making the English archive. Tagged
 * {@code search}: every test class built on it runs twice, on the embedded Lucene index and on a real OpenSearch node
 * ({@link org.equicity.testing.OpenSearchTestEngine}), with the same assertions.
 */
@Tag("search")
abstract class SearchTestContext extends TranslationTestContext {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    Indexing indexing;

    /** The API's answer for a query within one city, with whatever {@code more} adds to the request. */
    JsonNode search(String query, String citySlug, Consumer<MockHttpServletRequestBuilder> more) throws Exception {
        settled();
        var request = get("/api/v1/search").param("q", query).param("city", citySlug);
        more.accept(request);
        var body = mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    static List<String> titles(JsonNode results) {
        var titles = new ArrayList<String>();
        results.path("hits").forEach(hit -> titles.add(hit.path("title").asString()));
        return titles;
    }

    static long count(JsonNode results, String facet, String value) {
        for (var entry : results.path("facets").path(facet)) {
            if (entry.path("value").asString().equals(value)) {
                return entry.path("count").asLong();
            }
        }
        return 0;
    }

    /**
     * The translation worker makes the English archive; the next indexing rounds take it into the index. Round after
     * round, as the scheduled ones would: a round takes one batch, and the tests before may have left more waiting.
     */
    void archiveInEnglish() {
        runWorker(context);
        settled();
        while (indexing.retry(Instant.now()) > 0) {
            // each round derives the sources it takes again, after which they no longer wait
        }
    }

    /** Indexing follows each save in the background; waits until it has. */
    void settled() {
        EventsSettled.await(context.getBean(EventPublicationRegistry.class));
    }
}
