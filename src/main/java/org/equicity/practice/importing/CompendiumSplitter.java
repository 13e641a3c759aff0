package org.equicity.practice.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Splits a compendium's text into practices. It recognises the table of contents (a heading such as "Contents"
 * followed by entries, the practices' with their page), the headings of the body (a theme, a country in capitals, a
 * practice's title, often "CITY: title"), and each practice's labelled sections ("Purpose:", "Objectif :"). A title is
 * the line before a practice's first label; a line shaped like a label that no language knows is kept as an unknown
 * section, for the secretariat to map.
 */
final class CompendiumSplitter {

    private static final Pattern NUMBERED = Pattern.compile("^(.*?\\S)[\\s.·…_\\t]*\\s(\\d{1,4})$");
    private static final Pattern LABELLED = Pattern.compile("^([^:]{1,80}?)\\s*:\\s*(.*)$");
    private static final Pattern CAPITALS = Pattern.compile("^[\\p{Lu}\\p{M}][\\p{Lu}\\p{M}\\s'’.\\-]*$");
    private static final Pattern BULLET = Pattern.compile("^[-•*–·]\\s*(.*)$");
    private static final Pattern BLANKS = Pattern.compile("[ \\t]+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** An entry of the table of contents, with its page when it gives one. */
    record ContentsEntry(String text, @Nullable String page) {}

    /** A section as the document labels it; {@code section} is null for a label no language knows. */
    record FoundSection(
            String label,
            @Nullable Section section,
            @Nullable String language,
            String text) {}

    /** A practice as found: its heading, where it stands, its sections in the document's order. */
    record Found(
            String heading,
            @Nullable String prefix,
            String title,
            @Nullable String theme,
            @Nullable String country,
            @Nullable String page,
            boolean inContents,
            List<FoundSection> sections) {}

    record Split(List<ContentsEntry> contents, List<Found> practices) {}

    private final SectionLabels labels;
    private final Set<String> countries;

    CompendiumSplitter(SectionLabels labels) {
        this.labels = labels;
        this.countries = CountryNames.in(labels.languages());
    }

    Split split(String text) {
        var lines = text.lines()
                .map(line -> BLANKS.matcher(line.replace('\u00a0', ' '))
                        .replaceAll(" ")
                        .strip())
                .toList();
        var start = contentsStart(lines);
        var contents = new ArrayList<ContentsEntry>();
        var body = start < 0 ? 0 : readContents(lines, start + 1, contents);
        return new Split(contents, readBody(lines.subList(body, lines.size()), contents));
    }

    private int contentsStart(List<String> lines) {
        for (var i = 0; i < lines.size(); i++) {
            if (labels.isContentsHeading(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Reads entries up to the body, which begins where the first entry is repeated as a heading; answers its line. */
    private int readContents(List<String> lines, int from, List<ContentsEntry> contents) {
        var unnumbered = 0;
        for (var i = from; i < lines.size(); i++) {
            var line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (!contents.isEmpty() && key(line).equals(key(contents.get(0).text()))) {
                return i;
            }
            if (label(line) != null) {
                return Math.max(from, i - 1 - unnumbered);
            }
            var numbered = NUMBERED.matcher(line);
            if (numbered.matches()) {
                contents.add(new ContentsEntry(numbered.group(1).strip(), numbered.group(2)));
                unnumbered = 0;
            } else {
                contents.add(new ContentsEntry(line, null));
                unnumbered++;
            }
        }
        return lines.size();
    }

    private List<Found> readBody(List<String> lines, List<ContentsEntry> contents) {
        var pages = new HashMap<String, String>();
        contents.forEach(entry -> pages.putIfAbsent(key(entry.text()), entry.page()));
        var headings = contents.stream()
                .filter(entry -> entry.page() == null)
                .map(entry -> key(entry.text()))
                .collect(Collectors.toSet());
        var reader = new BodyReader(pages, headings, !contents.isEmpty());
        for (var i = 0; i < lines.size(); i++) {
            var next = nextLine(lines, i + 1);
            reader.read(lines.get(i), next);
        }
        return reader.finish();
    }

    private static @Nullable String nextLine(List<String> lines, int from) {
        for (var i = from; i < lines.size(); i++) {
            if (!lines.get(i).isEmpty()) {
                return lines.get(i);
            }
        }
        return null;
    }

    /** The label a line opens with and what follows it, or null for a line that opens no section. */
    @Nullable
    LabelLine label(String line) {
        var matcher = LABELLED.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        var wording = matcher.group(1).strip();
        var known = labels.find(wording);
        if (known.isPresent()) {
            return new LabelLine(wording, known.get(), matcher.group(2).strip());
        }
        return null;
    }

    /** A line shaped like a label (a capitalised phrase of a few words and a colon) that no language knows. */
    static @Nullable String unknownLabel(String line) {
        var matcher = LABELLED.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        var wording = matcher.group(1).strip();
        if (wording.split("\\s+").length > 4
                || !Character.isUpperCase(wording.codePointAt(0))
                || CAPITALS.matcher(wording).matches()
                || wording.matches(".*[.;,!?\\d].*")) {
            return null;
        }
        return wording;
    }

    record LabelLine(String wording, List<SectionLabels.Label> readings, String rest) {}

    /** Reads the body line by line, keeping the heading and practice it is in. */
    private final class BodyReader {

        private final Map<String, String> pages;
        private final Set<String> headings;
        private final boolean hasContents;
        private final List<Found> found = new ArrayList<>();
        private @Nullable String theme;
        private @Nullable String country;
        private @Nullable Draft current;

        BodyReader(Map<String, String> pages, Set<String> headings, boolean hasContents) {
            this.pages = pages;
            this.headings = headings;
            this.hasContents = hasContents;
        }

        void read(String line, @Nullable String next) {
            if (line.isEmpty() || line.matches("\\d{1,4}")) {
                if (current != null) {
                    current.paragraph();
                }
                return;
            }
            var known = label(line);
            if (known != null && current != null) {
                current.open(known.wording(), known.readings(), known.rest());
                return;
            }
            if (isCountry(line)) {
                close();
                country = line;
                return;
            }
            if (isTheme(line, next)) {
                close();
                theme = line;
                return;
            }
            if (next != null && startsPractice(line, next)) {
                close();
                current = new Draft(line);
                return;
            }
            var draft = current;
            if (draft == null) {
                return;
            }
            var unknown = unknownLabel(line);
            if (unknown != null) {
                var matcher = LABELLED.matcher(line);
                matcher.matches();
                draft.open(unknown, List.of(), matcher.group(2).strip());
            } else {
                draft.add(line);
            }
        }

        List<Found> finish() {
            close();
            return found;
        }

        private boolean isCountry(String line) {
            return CAPITALS.matcher(line).matches() && countries.contains(key(line));
        }

        /** A heading of the table of contents that is no practice, or a line in capitals that no label follows. */
        private boolean isTheme(String line, @Nullable String next) {
            if (headings.contains(key(line))) {
                return true;
            }
            return CAPITALS.matcher(line).matches()
                    && line.length() <= 120
                    && line.codePoints().filter(Character::isLetter).count() > 3
                    && (next == null || label(next) == null);
        }

        /** The line before a practice's first label, short and no sentence, or one the contents list. */
        private boolean startsPractice(String line, String next) {
            if (label(next) == null && unknownLabel(next) == null) {
                return false;
            }
            if (pages.containsKey(key(line)) && !headings.contains(key(line))) {
                return true;
            }
            return line.length() <= 300
                    && !line.matches(".*[.;,]$")
                    && !BULLET.matcher(line).matches()
                    && (current == null || unknownLabel(line) == null || prefix(line) != null);
        }

        private void close() {
            if (current == null) {
                return;
            }
            var heading = current.heading;
            var prefix = prefix(heading);
            var title = prefix == null
                    ? heading
                    : heading.substring(heading.indexOf(':') + 1).strip();
            var page = pages.get(key(heading));
            if (page == null) {
                page = pages.get(key(title));
            }
            var listed = pages.containsKey(key(heading)) || pages.containsKey(key(title));
            found.add(new Found(
                    heading, prefix, title, theme, country, page, !hasContents || listed, current.sections()));
            current = null;
        }
    }

    /** "BARCELONA: Anti-rumour strategy" names its city in capitals before the colon. */
    static @Nullable String prefix(String heading) {
        var colon = heading.indexOf(':');
        if (colon < 2) {
            return null;
        }
        var before = heading.substring(0, colon).strip();
        return CAPITALS.matcher(before).matches() && before.codePoints().anyMatch(Character::isLetter) ? before : null;
    }

    /** A heading or title compared without case, accents, punctuation or spacing. */
    static String key(String text) {
        return NOT_A_WORD.matcher(SectionLabels.normalise(text)).replaceAll(" ").strip();
    }

    /** The names of every country in the languages of the labels, worked out once for each set of languages. */
    private static final class CountryNames {

        private static final Map<Set<String>, Set<String>> BY_LANGUAGES =
                new java.util.concurrent.ConcurrentHashMap<>();

        private CountryNames() {}

        static Set<String> in(Set<String> languages) {
            return BY_LANGUAGES.computeIfAbsent(languages, CountryNames::names);
        }

        private static Set<String> names(Set<String> languages) {
            var names = new java.util.HashSet<String>();
            for (var code : Locale.getISOCountries()) {
                for (var language : languages) {
                    names.add(key(new Locale("", code).getDisplayCountry(Locale.forLanguageTag(language))));
                }
            }
            return Set.copyOf(names);
        }
    }

    /** A practice being read: its heading and its sections so far. */
    private static final class Draft {

        private final String heading;
        private final List<FoundSectionBuilder> sections = new ArrayList<>();

        Draft(String heading) {
            this.heading = heading;
        }

        void open(String wording, List<SectionLabels.Label> readings, String rest) {
            sections.add(new FoundSectionBuilder(wording, readings));
            if (!rest.isEmpty()) {
                add(rest);
            }
        }

        void add(String line) {
            if (sections.isEmpty()) {
                return;
            }
            sections.get(sections.size() - 1).add(line);
        }

        void paragraph() {
            if (!sections.isEmpty()) {
                sections.get(sections.size() - 1).paragraph();
            }
        }

        List<FoundSection> sections() {
            return sections.stream().map(FoundSectionBuilder::build).toList();
        }
    }
}
