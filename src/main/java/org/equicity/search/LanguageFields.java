package org.equicity.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * One full-text field per analysed language, so that each text is stemmed by the rules of the language it is
 * written in ({@code text_de} for German...), a field for the other languages without stemming, and the English
 * archive in a field of its own so that hits can say they matched a machine translation.
 */
class LanguageFields implements TypeBinder {

    /** Languages with their own analyzer; the analyzer of each is named by its code. */
    static final List<String> ANALYSED = List.of("en", "de", "fr", "es", "it", "nl", "sv");

    static final String OTHER = "other";
    static final String ARCHIVE_FIELD = "archive_en";

    static String textField(String language) {
        return "text_" + language;
    }

    /** Every full-text field, the archive last. */
    static List<String> allFields() {
        return Stream.concat(
                        Stream.concat(ANALYSED.stream(), Stream.of(OTHER)).map(LanguageFields::textField),
                        Stream.of(ARCHIVE_FIELD))
                .toList();
    }

    @Override
    public void bind(TypeBindingContext context) {
        // Documents are indexed explicitly after commit (see SearchIndexer), never through entity change tracking.
        context.dependencies().useRootOnly();
        var fields = new LinkedHashMap<String, IndexFieldReference<String>>();
        Stream.concat(ANALYSED.stream(), Stream.of(OTHER))
                .forEach(language -> fields.put(language, textField(context, textField(language), language)));
        var archive = textField(context, ARCHIVE_FIELD, "en");
        context.bridge(SearchDocument.class, new Bridge(fields, archive));
    }

    private static IndexFieldReference<String> textField(TypeBindingContext context, String name, String analyzer) {
        return context.indexSchemaElement()
                .field(
                        name,
                        // Not stored: hits are loaded from the database, which also gives Snippets their text.
                        f -> f.asString().analyzer(analyzer))
                .toReference();
    }

    private record Bridge(Map<String, IndexFieldReference<String>> fields, IndexFieldReference<String> archive)
            implements TypeBridge<SearchDocument> {

        @Override
        public void write(DocumentElement target, SearchDocument document, TypeBridgeWriteContext context) {
            var field = fields.getOrDefault(document.language(), fields.get(OTHER));
            target.addValue(field, document.text());
            if (document.archive() != null) {
                target.addValue(archive, document.archive());
            }
        }
    }
}
