package org.equicity.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.equicity.search.Search.Facet;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Every facet value of a document in one field, as {@code key=value} ({@link Facet#key()}), so that one terms
 * aggregation counts all facets: counted facet by facet, eleven aggregations each read their own field for every
 * match, which took a third of a search's time. The facets' own fields stay for filtering.
 */
class FacetField implements TypeBinder {

    static final String NAME = "facets";

    /** Enough for every value of every facet in an installation; the page shows the most frequent of each. */
    static final int MOST_VALUES = 10_000;

    private static final Map<String, Facet> BY_KEY =
            Arrays.stream(Facet.values()).collect(Collectors.toUnmodifiableMap(Facet::key, facet -> facet));

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        var field = context.indexSchemaElement()
                .field(NAME, f -> f.asString().aggregable(Aggregable.YES))
                .multiValued()
                .toReference();
        context.bridge(SearchDocument.class, new Bridge(field));
    }

    /** The counts of one aggregation of the field, by facet, in the aggregation's order (most frequent first). */
    static Map<Facet, Map<String, Long>> byFacet(Map<String, Long> counts) {
        var byFacet = new EnumMap<Facet, Map<String, Long>>(Facet.class);
        for (var facet : Facet.values()) {
            byFacet.put(facet, new LinkedHashMap<>());
        }
        counts.forEach((value, count) -> {
            int equals = value.indexOf('=');
            var facet = equals < 0 ? null : BY_KEY.get(value.substring(0, equals));
            if (facet != null) {
                byFacet.get(facet).put(value.substring(equals + 1), count);
            }
        });
        return byFacet;
    }

    private record Bridge(IndexFieldReference<String> field) implements TypeBridge<SearchDocument> {

        @Override
        public void write(DocumentElement target, SearchDocument document, TypeBridgeWriteContext context) {
            var values = new ArrayList<String>();
            add(values, Facet.KIND, document.kind());
            add(values, Facet.COUNTRY, document.country());
            add(values, Facet.CITY, document.citySlug());
            add(values, Facet.LEVEL, document.ownerLevel());
            add(values, Facet.OWNER, document.ownerKind());
            addAll(values, Facet.COMMITMENT, document.commitments());
            addAll(values, Facet.TRACK, document.tracks());
            add(values, Facet.YEAR, document.year());
            add(values, Facet.LANGUAGE, document.language());
            addAll(values, Facet.FIELD, document.fields());
            add(values, Facet.DESIGNATION, document.designation());
            values.stream().distinct().forEach(value -> target.addValue(field, value));
        }

        private static void add(List<String> values, Facet facet, Object value) {
            if (value != null) {
                values.add(facet.key() + "=" + value);
            }
        }

        private static void addAll(List<String> values, Facet facet, Collection<String> all) {
            if (all != null) {
                all.forEach(value -> add(values, facet, value));
            }
        }
    }
}
