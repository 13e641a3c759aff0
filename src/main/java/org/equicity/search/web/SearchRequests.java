package org.equicity.search.web;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equicity.search.Search;
import org.equicity.search.Search.Facet;
import org.equicity.search.Search.SearchQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/** Reads a search from request parameters, the same for the page and the API: {@code q}, {@code page}, facets. */
final class SearchRequests {

    static final int PAGE_SIZE = 20;

    private SearchRequests() {}

    static SearchQuery query(MultiValueMap<String, String> parameters, Locale locale, int size) {
        var filters = new EnumMap<Facet, List<String>>(Facet.class);
        for (var facet : Facet.values()) {
            var values = parameters.getOrDefault(facet.key(), List.of()).stream()
                    .filter(value -> value != null && !value.isBlank())
                    .distinct()
                    .toList();
            if (!values.isEmpty()) {
                filters.put(facet, values);
            }
        }
        var language = parameters.getFirst("lang");
        return new SearchQuery(
                parameters.getFirst("q"),
                language == null || language.isBlank() ? locale.getLanguage() : language,
                Map.copyOf(filters),
                number(parameters.getFirst("page"), 0),
                Math.min(number(parameters.getFirst("size"), size), Search.MAX_PAGE_SIZE));
    }

    /** A number typed into an address; anything else counts as not given. */
    private static int number(@Nullable String text, int otherwise) {
        if (text == null || !text.matches("\\d{1,6}")) {
            return otherwise;
        }
        return Integer.parseInt(text);
    }
}
