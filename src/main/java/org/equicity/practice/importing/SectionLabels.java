package org.equicity.practice.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The section labels of compendia in every language, read from the newest version of the data file
 * {@code practice-import/section-labels/<version>.yaml}: which label opens which {@link Section}, and how a table of
 * contents is headed. Labels are compared without case and accents.
 */
@Component
class SectionLabels {

    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A label as written in one language, and the section it opens. */
    record Label(String wording, String language, Section section) {}

    private final String version;
    private final Map<String, List<Label>> byWording = new HashMap<>();
    private final Set<String> contentsHeadings = new HashSet<>();
    private final Set<String> languages = new java.util.TreeSet<>();
    private final int longest;

    SectionLabels() {
        this(newestFile());
    }

    @SuppressWarnings("unchecked")
    SectionLabels(String location) {
        try (var in =
                new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
            var data = YAMLMapper.builder().build().readValue(in, Map.class);
            this.version = String.valueOf(data.get("version"));
            var toc = (Map<String, List<String>>) Objects.requireNonNull(data.get("table-of-contents"));
            toc.values().forEach(words -> words.forEach(word -> contentsHeadings.add(normalise(word))));
            languages.addAll(toc.keySet());
            var longestLabel = 0;
            for (var entry : (List<Map<String, Object>>) Objects.requireNonNull(data.get("sections"))) {
                var section = Section.named((String) Objects.requireNonNull(entry.get("field")));
                var labels = (Map<String, List<String>>) Objects.requireNonNull(entry.get("labels"));
                for (var language : labels.entrySet()) {
                    for (var wording : language.getValue()) {
                        byWording
                                .computeIfAbsent(normalise(wording), key -> new ArrayList<>())
                                .add(new Label(wording, language.getKey(), section));
                        longestLabel = Math.max(longestLabel, wording.length());
                    }
                }
            }
            this.longest = longestLabel;
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read the section labels " + location, unreadable);
        }
    }

    private static String newestFile() {
        try {
            var files = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:practice-import/section-labels/*.yaml");
            return "classpath:practice-import/section-labels/"
                    + java.util.Arrays.stream(files)
                            .map(file -> file.getFilename())
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    String version() {
        return version;
    }

    /** The languages the labels are written in: a document in one of them also names countries and languages in it. */
    Set<String> languages() {
        return Set.copyOf(languages);
    }

    /** Labels are at most this long: a longer text before a colon is a sentence, not a label. */
    int longest() {
        return longest;
    }

    /** Every language's reading of this wording (the same word may be a label in several languages). */
    Optional<List<Label>> find(String wording) {
        return Optional.ofNullable(byWording.get(normalise(wording)));
    }

    boolean isContentsHeading(String line) {
        return contentsHeadings.contains(normalise(line));
    }

    /** Lower case, accents removed, spaces around a slash and repeated spaces folded. */
    static String normalise(String text) {
        var plain =
                ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        // the patterns compiled once: every line of a document is normalised several times while it is split
        var folded =
                SLASH.matcher(plain.toLowerCase(Locale.ROOT).replace('’', '\'')).replaceAll("/");
        return SPACES.matcher(folded).replaceAll(" ").strip();
    }
}
