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
import org.equicity.shared.UiSettings;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The domain thesaurus ({@code src/main/resources/thesaurus/<version>.yaml}, the newest version is used): concepts
 * of this field (grounds of discrimination, groups, public services, instruments), each with its words in the
 * eleven interface languages. A run of query words that names a concept in any of those languages, as the analyser
 * of that language's fields reads it ("Wohnungen" is "Wohnung"), is expanded with all of the concept's words.
 */
final class Thesaurus {

    /** Every concept has words in each of them. */
    static final List<String> LANGUAGES = UiSettings.OFFERED;

    /** A concept with its words by language. */
    record Concept(String id, String kind, Map<String, List<String>> labels) {

        List<String> in(String language) {
            return labels.getOrDefault(language, List.of());
        }

        /**
         * Its words that the fields of an analyser hold ({@link LanguageFields#analyzers()}): a language's own, or
         * for {@link LanguageFields#OTHER} those of every language without an analyser of its own.
         */
        List<String> inFieldsOf(String analyzer) {
            if (!analyzer.equals(LanguageFields.OTHER)) {
                return in(analyzer);
            }
            return LANGUAGES.stream()
                    .filter(language -> !LanguageFields.ANALYSED.contains(language))
                    .flatMap(language -> in(language).stream())
                    .toList();
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
