package org.equicity.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * archive in a field of its own so that hits can say they matched a machine translation. The title has a field of
 * its own per language too ({@code title_de}), so that a match in the title weighs more than one in the rest. The
 * labels of the
 * framework items a document is classified by go to a label field per language ({@code label_de}), analysed by
 * that language's rules: a practice tagged "Fair Access to Housing" is found by "Wohnen" and by "logement".
 */
class LanguageFields implements TypeBinder {

    /** Languages with their own analyzer; the analyzer of each is named by its code. */
    static final List<String> ANALYSED = List.of("en", "de", "fr", "es", "it", "nl", "sv");

    static final String OTHER = "other";
    static final String ARCHIVE_FIELD = "archive_en";

    /**
     * The ids of the {@link Thesaurus} concepts a document speaks of in its title, text, archive or labels, so that a
     * query naming a concept asks this one field for its near words.
     */
    static final String CONCEPTS_FIELD = "concepts";

    static String textField(String language) {
        return "text_" + language;
    }

    static String titleField(String language) {
        return "title_" + language;
    }

    static String labelField(String language) {
        return "label_" + language;
    }

    /** The fields analysed by one language's rules (the archive is English): a query is analysed once for them. */
    static List<String> fieldsAnalysedAs(String language) {
        if (language.equals(OTHER)) {
            return List.of(titleField(OTHER), textField(OTHER));
        }
        var fields = Stream.of(titleField(language), textField(language), labelField(language));
        return (language.equals("en") ? Stream.concat(fields, Stream.of(ARCHIVE_FIELD)) : fields).toList();
    }

    /** The analysed languages and the other one: each has its analyzer and {@link #fieldsAnalysedAs its fields}. */
    static List<String> analyzers() {
        return Stream.concat(ANALYSED.stream(), Stream.of(OTHER)).toList();
    }

    /** Every full-text field. */
    static List<String> allFields() {
        return analyzers().stream()
                .flatMap(language -> fieldsAnalysedAs(language).stream())
                .toList();
    }

    @Override
    public void bind(TypeBindingContext context) {
        // Documents are indexed explicitly after commit (see SearchIndexer), never through entity change tracking.
        context.dependencies().useRootOnly();
        var titles = new LinkedHashMap<String, IndexFieldReference<String>>();
        var fields = new LinkedHashMap<String, IndexFieldReference<String>>();
        var labels = new LinkedHashMap<String, IndexFieldReference<String>>();
        for (var language : analyzers()) {
            titles.put(language, textField(context, titleField(language), language));
            fields.put(language, textField(context, textField(language), language));
            if (!language.equals(OTHER)) {
                labels.put(
                        language,
                        context.indexSchemaElement()
                                .field(labelField(language), f -> f.asString().analyzer(language))
                                .multiValued()
                                .toReference());
            }
        }
        var archive = textField(context, ARCHIVE_FIELD, "en");
        var concepts = context.indexSchemaElement()
                .field(CONCEPTS_FIELD, f -> f.asString())
                .multiValued()
                .toReference();
        context.bridge(
                SearchDocument.class,
                new Bridge(titles, fields, labels, archive, concepts, new Thesaurus(new QueryAnalysis())));
    }

    private static IndexFieldReference<String> textField(TypeBindingContext context, String name, String analyzer) {
        return context.indexSchemaElement()
                .field(
                        name,
                        // Not stored: hits are loaded from the database, which also gives Snippets their text.
                        f -> f.asString().analyzer(analyzer))
                .toReference();
    }

    private record Bridge(
            Map<String, IndexFieldReference<String>> titles,
            Map<String, IndexFieldReference<String>> fields,
            Map<String, IndexFieldReference<String>> labels,
            IndexFieldReference<String> archive,
            IndexFieldReference<String> concepts,
            Thesaurus thesaurus)
            implements TypeBridge<SearchDocument> {

        @Override
        public void write(DocumentElement target, SearchDocument document, TypeBridgeWriteContext context) {
            var language = fields.containsKey(document.language()) ? document.language() : OTHER;
            var named = new TreeSet<String>();
            target.addValue(titles.get(language), document.title());
            thesaurus.conceptsIn(language, document.title(), named);
            if (document.body() != null) {
                target.addValue(fields.get(language), document.body());
                thesaurus.conceptsIn(language, document.body(), named);
            }
            if (document.archive() != null) {
                target.addValue(archive, document.archive());
                thesaurus.conceptsIn("en", document.archive(), named);
            }
            for (var label : document.labels()) {
                // A language without analyzer of its own is not searched by labels: English is, for every item.
                var labelField = labels.get(label.language());
                if (labelField != null) {
                    target.addValue(labelField, label.text());
                    thesaurus.conceptsIn(label.language(), label.text(), named);
                }
            }
            named.forEach(id -> target.addValue(concepts, id));
        }
    }
}
