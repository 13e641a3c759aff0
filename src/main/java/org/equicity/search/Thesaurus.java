package org.equicity.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equicity.shared.UiSettings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The domain thesaurus ({@code src/main/resources/thesaurus/<version>.yaml}, the newest version is used): concepts
 * of this field (grounds of discrimination, groups, public services, instruments), each with its words in the
 * eleven interface languages. A run of query words that names a concept in any of those languages, as the analyser
 * of that language's fields reads it ("Wohnungen" is "Wohnung"), also finds what holds another of the concept's
 * words: documents are indexed with the concepts their words name ({@link #conceptsIn}), and such a query also asks
 * for those. A new version of the file takes effect on documents once the index is rebuilt.
 */
final class Thesaurus {

    /** Every concept has words in each of them. */
    static final List<String> LANGUAGES = UiSettings.OFFERED;

    /** A concept with its words by language. */
    record Concept(String id, String kind, Map<String, List<String>> labels) {

        List<String> in(String language) {
            return labels.getOrDefault(language, List.of());
        }
    }

    record ConceptFile(String id, String version, List<Map<String, Object>> concepts) {}

    private final String version;
    private final QueryAnalysis analysis;

    /** For each analyser, the concepts by the analysed terms of one of their words, joined by spaces. */
    private final Map<String, Map<String, List<Concept>>> byTerms = new LinkedHashMap<>();

    private final List<Concept> concepts = new ArrayList<>();

    private int longest;

    Thesaurus(QueryAnalysis analysis) {
        this.analysis = analysis;
        var file = newest();
        this.version = file.version();
        for (var entry : file.concepts()) {
            add(concept(entry));
        }
    }

    String version() {
        return version;
    }

    /** The most query words one concept's word spans. */
    int longest() {
        return longest;
    }

    /**
     * The concepts the words name, read by the rules of each language's fields (once for the languages without an
     * analyser of their own); none for words that name none.
     */
    List<Concept> concepts(String words) {
        var found = new LinkedHashSet<Concept>();
        for (var analyzer : byTerms.keySet()) {
            var key = String.join(" ", analysis.terms(analyzer, words));
            if (!key.isEmpty()) {
                found.addAll(byTerms.get(analyzer).getOrDefault(key, List.of()));
            }
        }
        return List.copyOf(found);
    }

    /**
     * The ids of the concepts one of whose words the text holds, read by the rules of the given analyser's fields
     * ({@link LanguageFields#analyzers()}), added to {@code ids}: so that a document can be indexed with the concepts
     * it speaks of, and a query naming a concept asks one field instead of every word of the concept in every field.
     * A German compound names the concepts of its parts too ("Wohnungslosenhilfe" those of "Wohnungslose").
     */
    void conceptsIn(String analyzer, String text, Set<String> ids) {
        var index = byTerms.get(analyzer);
        if (index == null || text == null || text.isBlank()) {
            return;
        }
        var positions = analysis.positions(analyzer, text);
        for (int start = 0; start < positions.size(); start++) {
            for (var term : positions.get(start)) {
                named(index.get(term), ids);
            }
            var run = new StringBuilder(positions.get(start).get(0));
            for (int end = start + 1; end < Math.min(positions.size(), start + longest); end++) {
                run.append(' ').append(positions.get(end).get(0));
                named(index.get(run.toString()), ids);
            }
        }
    }

    private static void named(List<Concept> concepts, Set<String> ids) {
        if (concepts != null) {
            concepts.forEach(concept -> ids.add(concept.id()));
        }
    }

    /** Every concept, in the order of the file. */
    List<Concept> all() {
        return List.copyOf(concepts);
    }

    @SuppressWarnings("unchecked")
    private static Concept concept(Map<String, Object> entry) {
        var labels = new HashMap<String, List<String>>();
        for (var language : LANGUAGES) {
            var words = (List<String>) entry.get(language);
            if (words == null || words.isEmpty()) {
                throw new IllegalStateException(
                        "Thesaurus concept " + entry.get("id") + " has no words in " + language);
            }
            labels.put(language, List.copyOf(words));
        }
        return new Concept((String) entry.get("id"), (String) entry.get("kind"), Map.copyOf(labels));
    }

    private void add(Concept concept) {
        concepts.add(concept);
        for (var language : LANGUAGES) {
            var analyzer = LanguageFields.ANALYSED.contains(language) ? language : LanguageFields.OTHER;
            var index = byTerms.computeIfAbsent(analyzer, key -> new HashMap<>());
            for (var word : concept.in(language)) {
                var terms = analysis.terms(analyzer, word);
                if (!terms.isEmpty()) {
                    index.computeIfAbsent(String.join(" ", terms), key -> new ArrayList<>())
                            .add(concept);
                    longest = Math.max(longest, word.split("\\s+").length);
                }
            }
        }
    }

    private static ConceptFile newest() {
        try {
            var files = new PathMatchingResourcePatternResolver().getResources("classpath:thesaurus/*.yaml");
            Optional<Resource> newest =
                    Arrays.stream(files).max(Comparator.comparing(resource -> String.valueOf(resource.getFilename())));
            var resource = newest.orElseThrow(() -> new IllegalStateException("No thesaurus under thesaurus/"));
            try (var in = resource.getInputStream()) {
                return YAMLMapper.builder().build().readValue(in, ConceptFile.class);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
