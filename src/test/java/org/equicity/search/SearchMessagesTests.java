package org.equicity.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.equicity.search.Search.Facet;
import org.equicity.search.Search.Kind;
import org.junit.jupiter.api.Test;

/** The search page builds message keys from facets and kinds; each must have a text in every language. */
class SearchMessagesTests {

    @Test
    void everyFacetAndKindHasATextInEveryLanguage() throws Exception {
        var keys = new ArrayList<String>();
        Stream.of(Facet.values()).forEach(facet -> keys.add("search.facet." + facet.key()));
        Stream.of(Kind.values()).forEach(kind -> keys.add("search.kind." + kind));
        for (var suffix : List.of("", "_de", "_fr", "_es", "_it")) {
            var bundle = new Properties();
            var name = "/messages/search" + suffix + ".properties";
            try (var in = new InputStreamReader(getClass().getResourceAsStream(name), StandardCharsets.UTF_8)) {
                bundle.load(in);
            }
            assertThat(keys).allMatch(bundle::containsKey, "has a text in " + name);
            assertThat(Stream.of(Facet.values()).map(facet -> bundle.getProperty("search.facet." + facet.key())))
                    .as("each facet group is titled distinctly in " + name)
                    .doesNotHaveDuplicates();
        }
    }
}
