package org.equicity.practice.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.equicity.practice.Description;
import org.equicity.practice.Practices.Classification;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Practices.Template;
import org.equicity.practice.importing.CompendiumSplitter.Found;
import org.equicity.practice.importing.PracticeImports.Problem;
import org.equicity.practice.importing.PracticeImports.ProblemKind;
import org.equicity.practice.importing.PracticeImports.SectionFound;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.TextRules;
import org.equicity.shared.UiSettings;
import org.jspecify.annotations.Nullable;

/**
 * A found practice written with the practice template: each section's text in its field (unknown labels as the
 * secretariat mapped them), the type of measure and the implementation period read from their sections, the theme as
 * the chapter, and the language its text is written in (detected like any other text's; the language its labels are
 * written in is only the hint for a text too short to tell: compendia often keep one language's labels for practices
 * written in another).
 */
final class DraftContent {

    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20\\d\\d)\\b");

    private static final TextRules RULES = new TextRules("practice");

    /**
     * {@code content} is null when the practice cannot be written (its problems say why); {@code locator} is its page
     * or section in the source when a section says so (a table exported from the library does).
     */
    record Draft(
            @Nullable PracticeContent content,
            String language,
            @Nullable String leadingAuthority,
            @Nullable String locator,
            List<SectionFound> sections,
            List<String> suggestedFields,
            List<Problem> problems) {}

    private DraftContent() {}

    /** The sections whose text says which language a practice is written in (not names, contacts or addresses). */
    private static final List<Section> PROSE = List.of(
            Section.MAIN_PURPOSE,
            Section.PURPOSE,
            Section.RATIONALE,
            Section.PROCESS,
            Section.IMPACT,
            Section.AIMS,
            Section.EVALUATION);

    /** {@code detect} tells the language a text is clearly written in (empty when it cannot tell). */
    static Draft of(
            Found found,
            Map<String, Section> mapped,
            List<String> fields,
            FrameworkMatcher frameworks,
            Function<String, Optional<String>> detect) {
        var problems = new ArrayList<Problem>();
        var texts = new EnumMap<Section, String>(Section.class);
        var sections = new ArrayList<SectionFound>();
        var languages = new HashMap<String, Integer>();
        for (var section : found.sections()) {
            var meaning = section.section() != null ? section.section() : mapped.get(section.label());
            sections.add(new SectionFound(section.label(), meaning, section.text()));
            if (section.language() != null) {
                languages.merge(section.language(), 1, Integer::sum);
            }
            if (meaning == null) {
                problems.add(new Problem(ProblemKind.SECTION_UNKNOWN, section.label()));
            } else if (meaning != Section.IGNORED && !section.text().isEmpty()) {
                texts.merge(meaning, section.text(), (one, other) -> one + "\n\n" + other);
            }
        }
        if (found.sections().isEmpty()) {
            problems.add(new Problem(ProblemKind.NO_SECTIONS, found.title()));
        }
        // a language the practice names stands; otherwise the one its text reads in; when too short to tell, the one
        // most of its labels are written in
        var language = named(texts.get(Section.LANGUAGE))
                .or(() -> detect.apply(prose(found.title(), texts)))
                .or(() -> languages.entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                        .map(Map.Entry::getKey))
                .orElse("en");
        var suggested = frameworks.fieldsOfAction(texts.get(Section.AREA_OF_INTERVENTION));
        var measureType = frameworks.measureType(texts.get(Section.MEASURE_TYPE));
        if (texts.containsKey(Section.MEASURE_TYPE) && measureType.isEmpty()) {
            problems.add(new Problem(ProblemKind.MEASURE_TYPE_UNKNOWN, texts.get(Section.MEASURE_TYPE)));
        }
        @Nullable PracticeContent content = null;
        @Nullable String locator = null;
        try {
            locator = RULES.optional(texts.get(Section.SOURCE_SECTION), 300, "sourceLocator");
            content = content(found, texts, language, measureType.orElse(null), fields);
        } catch (RuleViolationException invalid) {
            problems.add(new Problem(
                    ProblemKind.INVALID,
                    invalid.messageKey(),
                    java.util.Arrays.stream(invalid.arguments())
                            .map(String::valueOf)
                            .toList()));
        }
        return new Draft(
                content,
                language,
                texts.get(Section.LEADING_AUTHORITY),
                locator,
                sections,
                suggested,
                List.copyOf(problems));
    }

    private static PracticeContent content(
            Found found,
            Map<Section, String> texts,
            String language,
            @Nullable String measureType,
            List<String> fields) {
        var duration = texts.get(Section.DURATION);
        var years = years(duration);
        var start = years.isEmpty() ? null : years.get(0);
        var end = years.size() > 1 && years.get(years.size() - 1).compareTo(start) > 0
                ? years.get(years.size() - 1)
                : null;
        var template = new Template(
                found.title(),
                texts.get(Section.DEPARTMENT),
                texts.get(Section.CONTACT),
                fields,
                texts.get(Section.MAIN_PURPOSE),
                duration,
                texts.get(Section.PURPOSE),
                texts.get(Section.RATIONALE),
                texts.get(Section.PROCESS),
                texts.get(Section.IMPACT),
                List.of());
        var description = new Description(
                measureType,
                texts.getOrDefault(Section.CHAPTER, found.theme()),
                texts.get(Section.AIMS),
                texts.get(Section.EVALUATION),
                texts.get(Section.LEADING_AUTHORITY),
                texts.get(Section.IMPLEMENTING_PARTNERS),
                texts.get(Section.AREA_OF_INTERVENTION),
                start,
                end,
                references(texts.get(Section.REFERENCES)));
        var classification = new Classification(null, null, List.of(), start == null ? null : Integer.valueOf(start));
        return new PracticeContent(language, template, classification, description);
    }

    private static String prose(String title, Map<Section, String> texts) {
        var prose = new StringBuilder(title);
        for (var section : PROSE) {
            var text = texts.get(section);
            if (text != null) {
                prose.append("\n\n").append(text);
            }
        }
        return prose.toString();
    }

    /** An ISO 639-1 code, or a language's name in its own language or one the product speaks. */
    private static Optional<String> named(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        var wanted = SectionLabels.normalise(text);
        return LanguageNames.ALL.entrySet().stream()
                .filter(language ->
                        language.getKey().equals(wanted) || language.getValue().contains(wanted))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /**
     * The names of every language, read from the locale data when a practice first names its language (a table
     * exported from the library does): a document that does not never pays for loading them.
     */
    private static final class LanguageNames {

        static final Map<String, Set<String>> ALL = languageNames();

        private LanguageNames() {}
    }

    private static Map<String, Set<String>> languageNames() {
        var names = new HashMap<String, Set<String>>();
        for (var code : Locale.getISOLanguages()) {
            var language = new Locale(code);
            var known = new HashSet<String>();
            known.add(SectionLabels.normalise(language.getDisplayLanguage(language)));
            for (var reader : UiSettings.OFFERED) {
                known.add(SectionLabels.normalise(language.getDisplayLanguage(Locale.forLanguageTag(reader))));
            }
            names.put(code, Set.copyOf(known));
        }
        return Map.copyOf(names);
    }

    private static List<String> years(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        return YEAR.matcher(text).results().map(match -> match.group(1)).toList();
    }

    /** One reference a line (or a "; "-separated item); a line whose address is no web address keeps its words. */
    private static List<Description.Reference> references(@Nullable String text) {
        if (text == null) {
            return List.of();
        }
        var references = new ArrayList<Description.Reference>();
        for (var line : text.split("\\n+|;\\s+")) {
            var item = line.replaceFirst("^-\\s*", "").strip();
            if (item.isEmpty()) {
                continue;
            }
            try {
                references.add(Description.Reference.of(item));
            } catch (RuleViolationException notAnAddress) {
                references.add(new Description.Reference(item.length() > 500 ? item.substring(0, 500) : item, null));
            }
        }
        return references;
    }
}
