package org.equicity.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.RuleViolationException;

/**
 * Full-text search over plans and their actions, good practices and the actions of accepted reports, in every
 * language. The public finds public content only (adopted plans, designated practices, accepted reports); the people
 * of a city also find their city's unpublished work, and a network's secretariat and reviewers the practices
 * submitted to the network. A query matches the text as written (analysed with the
 * stemming of its language), its English archive and the labels of its framework items in every language, with the
 * near words of a domain thesaurus weighed less; its English (an engine's translation, or a dictionary's senses of
 * each word) is searched as well, the query as typed always counting.
 */
public interface Search {

    int MAX_PAGE_SIZE = 100;

    /** How deep one may page: as Elasticsearch's default result window, and it keeps Lucene's collectors small. */
    int MAX_RESULT_WINDOW = 10_000;

    /** @throws SearchUnavailableException when the index cannot be reached */
    SearchResults search(SearchQuery query);

    /**
     * Derives every search document again from the content and rewrites the whole index; for platform
     * administrators. Answers how many documents the index now holds.
     */
    long rebuild();

    enum Kind {
        PLAN,
        ACTION,
        PRACTICE,
        /** An action of an accepted report. */
        REPORTED_ACTION
    }

    /** Where a practice stands with the network's committee; a submitted practice counts as under review. */
    enum Designation {
        DESIGNATED,
        NOT_DESIGNATED,
        UNDER_REVIEW
    }

    /** The facets a search can be narrowed by; the key is the name used in addresses ({@code ?country=AT}). */
    enum Facet {
        KIND("kind"),
        COUNTRY("country"),
        CITY("city"),
        /** The level of a practice's owner: local (a city), regional, national, European, international. */
        LEVEL("level"),
        /** What a practice's owner is: CITY, REGION, NATIONAL_AUTHORITY, NGO, NETWORK, EUROPEAN_BODY... */
        OWNER("owner"),
        COMMITMENT("commitment"),
        TRACK("track"),
        YEAR("year"),
        LANGUAGE("language"),
        /** Codes of fields of action (intercultural cities) and of fields of activity (ECCAR). */
        FIELD("field"),
        DESIGNATION("designation");

        private final String key;

        Facet(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * What to look for: {@code text} in the simple query syntax (words, {@code "quoted phrases"}, {@code -excluded});
     * {@code language} is the reader's language, which the query is assumed to be written in; {@code filters}
     * narrow to the given values of each facet. Pages count from 0.
     */
    record SearchQuery(String text, String language, Map<Facet, List<String>> filters, int page, int size) {

        public SearchQuery {
            text = text == null ? "" : text.strip();
            if (text.length() > 500) {
                throw new RuleViolationException("search.error.query-length", 500);
            }
            language = language == null || language.isBlank() ? "en" : language;
            filters = filters == null ? Map.of() : Map.copyOf(filters);
            if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) (page + 1) * size > MAX_RESULT_WINDOW) {
                throw new RuleViolationException("search.error.page", MAX_PAGE_SIZE, MAX_RESULT_WINDOW);
            }
        }

        public List<String> filter(Facet facet) {
            return filters.getOrDefault(facet, List.of());
        }
    }

    /**
     * One found item. {@code source} is what it belongs to: the plan of a plan or an action, the practice itself, the
     * report of a reported action. {@code snippet} is HTML: the matching passage with every character escaped except
     * the {@code <mark>} elements around the matches; {@code machineTranslated} says it comes from the English
     * archive.
     */
    record Hit(
            UUID id,
            Kind kind,
            UUID source,
            String citySlug,
            String cityName,
            /** The city's country, ISO 3166-1 alpha-2. */
            String country,
            String title,
            String language,
            Integer year,
            boolean published,
            Designation designation,
            String snippet,
            boolean machineTranslated) {}

    /** A value of a facet as it is filtered by ({@code value}) and shown ({@code label}, in the reader's language). */
    record FacetValue(String value, String label, long count, boolean selected) {}

    /**
     * {@code translatedQuery} is the English searched besides the typed query, if any: an engine's translation, or
     * each word's dictionary senses as {@code (sense | sense)}. {@code loosened} says that nothing held every word
     * as typed and the hits hold some of the words, or words spelt nearly like them (a typing error, another spelling).
     */
    record SearchResults(
            SearchQuery query,
            long total,
            List<Hit> hits,
            Map<Facet, List<FacetValue>> facets,
            String translatedQuery,
            boolean loosened) {

        public SearchResults {
            Objects.requireNonNull(query, "query");
            hits = List.copyOf(hits);
            facets = Map.copyOf(facets);
        }

        public int pages() {
            return (int) Math.min(Integer.MAX_VALUE, (total + query.size() - 1) / query.size());
        }
    }
}
