package org.equicity.practice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibraryEntry;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.translation.FieldRef;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Compiles designated practices into a {@link Compendium} in the reader's chosen language: the translatable texts as
 * the translation module shows them in that language (a machine translation marked as such; a text not translated yet
 * stays as written, and its translation is requested for the next compilation), the other fields as written, and
 * each practice's citation with its source. Practices are grouped by their chapter or theme (their first field of
 * action where the source gives none) and then by their owner's country.
 */
@Component
class CompendiumCompiler {

    private final Translations translations;
    private final PracticeVocabulary vocabulary;
    private final PracticeCitation citation;
    private final MessageSource messages;
    private final Clock clock;

    CompendiumCompiler(
            Translations translations,
            PracticeVocabulary vocabulary,
            PracticeCitation citation,
            MessageSource messages,
            Clock clock) {
        this.translations = translations;
        this.vocabulary = vocabulary;
        this.citation = citation;
        this.messages = messages;
        this.clock = clock;
    }

    Compendium compile(String selection, List<LibraryEntry> entries, Locale language) {
        var fieldsOfAction = vocabulary.labels(PracticeVocabulary.FIELDS_OF_ACTION, language);
        var originals = new LinkedHashMap<FieldRef, String>();
        entries.forEach(entry -> originals.putAll(
                entry.content().translatableFields(entry.summary().id())));
        var texts = translations.forReader(originals, language, false);
        // practices without a theme, and contributors without a country, come after the others
        var otherThemes = message("practice.compendium.no-theme", language);
        var noCountry = message("practice.compendium.no-country", language);
        Map<String, Map<String, List<LibraryEntry>>> grouped = new TreeMap<>(lastly(otherThemes));
        for (var entry : entries) {
            grouped.computeIfAbsent(theme(entry, fieldsOfAction, language), theme -> new TreeMap<>(lastly(noCountry)))
                    .computeIfAbsent(country(entry, language), country -> new ArrayList<>())
                    .add(entry);
        }
        var themes = new ArrayList<Compendium.Theme>();
        int number = 0;
        for (var theme : grouped.entrySet()) {
            var countries = new ArrayList<Compendium.Country>();
            for (var country : theme.getValue().entrySet()) {
                var practices = new ArrayList<Compendium.Practice>();
                var sorted = country.getValue().stream()
                        .sorted(Comparator.comparing(
                                        (LibraryEntry entry) -> entry.summary().ownerName())
                                .thenComparing(entry -> entry.summary().title()))
                        .toList();
                for (var entry : sorted) {
                    number++;
                    practices.add(practice(number, entry, texts, fieldsOfAction, language));
                }
                countries.add(new Compendium.Country(country.getKey(), practices));
            }
            themes.add(new Compendium.Theme(theme.getKey(), countries));
        }
        return new Compendium(
                message("practice.compendium.document-title", language),
                selection,
                language.getDisplayLanguage(language),
                LocalDate.now(clock),
                entries.size(),
                texts.anyMachineTranslated(),
                themes);
    }

    private Compendium.Practice practice(
            int number, LibraryEntry entry, PageTexts texts, Map<String, String> fieldsOfAction, Locale language) {
        var id = entry.summary().id().value();
        var view = new PracticeView(entry.summary(), null, 0, entry.content(), null, false, entry.provenance(), null);
        return new Compendium.Practice(
                number,
                "practice-" + number,
                shown(texts, id, "title"),
                owner(entry, language),
                fields(entry, texts, fieldsOfAction, language),
                citation.text(view, language));
    }

    /** The practice's fields that say something, in the order of the template and then the compendia's fields. */
    private List<Compendium.Field> fields(
            LibraryEntry entry, PageTexts texts, Map<String, String> fieldsOfAction, Locale language) {
        var id = entry.summary().id().value();
        var content = entry.content();
        var template = content.template();
        var description = content.description();
        var fields = new ArrayList<Compendium.Field>();
        add(
                fields,
                "practice.field.measureType",
                plain(vocabulary
                        .labels(PracticeVocabulary.MEASURE_TYPES, language)
                        .getOrDefault(description.measureType(), description.measureType())),
                language);
        add(
                fields,
                "practice.field.level",
                plain(message("practice.level." + entry.summary().owner().level(), language)),
                language);
        add(
                fields,
                "practice.field.fieldsOfAction",
                plain(
                        template.fieldsOfAction().isEmpty()
                                ? null
                                : String.join(
                                        ", ",
                                        template.fieldsOfAction().stream()
                                                .map(code -> fieldsOfAction.getOrDefault(code, code))
                                                .toList())),
                language);
        add(fields, "practice.field.areaOfIntervention", plain(description.areaOfIntervention()), language);
        add(fields, "practice.field.implementationPeriod", plain(template.implementationPeriod()), language);
        addLong(fields, "practice.field.mainPurpose", shown(texts, id, "main-purpose"), language);
        addLong(fields, "practice.field.purpose", shown(texts, id, "purpose"), language);
        addLong(fields, "practice.field.rationale", shown(texts, id, "rationale"), language);
        addLong(fields, "practice.field.process", shown(texts, id, "process"), language);
        addLong(fields, "practice.field.impact", shown(texts, id, "impact"), language);
        addLong(fields, "practice.field.aims", shown(texts, id, "aims"), language);
        addLong(fields, "practice.field.evaluation", shown(texts, id, "evaluation"), language);
        add(fields, "practice.field.leadingAuthority", plain(description.leadingAuthority()), language);
        add(fields, "practice.field.implementingPartners", plain(description.implementingPartners()), language);
        add(fields, "practice.field.department", plain(template.department()), language);
        add(fields, "practice.field.contact", plain(template.contact()), language);
        var references = new ArrayList<String>(template.referenceDocuments());
        description
                .references()
                .forEach(reference -> references.add(
                        reference.address() == null
                                ? reference.label()
                                : reference.label() + " " + reference.address()));
        add(
                fields,
                "practice.field.references",
                plain(references.isEmpty() ? null : String.join("\n", references)),
                language);
        return fields;
    }

    private String owner(LibraryEntry entry, Locale language) {
        var owner = entry.summary().owner();
        var countries = owner.countries().stream()
                .map(code -> new Locale.Builder().setRegion(code).build().getDisplayCountry(language))
                .toList();
        return countries.isEmpty() ? owner.name() : owner.name() + " (" + String.join(", ", countries) + ")";
    }

    private String theme(LibraryEntry entry, Map<String, String> fieldsOfAction, Locale language) {
        var chapter = entry.content().description().chapter();
        if (chapter != null) {
            return chapter;
        }
        var fields = entry.content().template().fieldsOfAction();
        return fields.isEmpty()
                ? message("practice.compendium.no-theme", language)
                : fieldsOfAction.getOrDefault(fields.get(0), fields.get(0)).replaceFirst("^– ", "");
    }

    private String country(LibraryEntry entry, Locale language) {
        var code = entry.summary().country();
        return code == null
                ? message("practice.compendium.no-country", language)
                : new Locale.Builder().setRegion(code).build().getDisplayCountry(language);
    }

    private static Compendium.Text shown(PageTexts texts, UUID id, String field) {
        var shown = texts.of(Practices.TRANSLATION_OWNER, id, field);
        return new Compendium.Text(shown.text(), shown.isMachineTranslated());
    }

    private static Comparator<String> lastly(String last) {
        return Comparator.comparing((String name) -> name.equals(last)).thenComparing(Comparator.naturalOrder());
    }

    private static Compendium.Text plain(String text) {
        return new Compendium.Text(text, false);
    }

    private void add(List<Compendium.Field> fields, String labelKey, Compendium.Text text, Locale language) {
        if (text.text() != null && !text.text().isBlank()) {
            fields.add(new Compendium.Field(message(labelKey, language), text, false));
        }
    }

    /** A long text, written (or imported) as CommonMark like on the practice's page. */
    private void addLong(List<Compendium.Field> fields, String labelKey, Compendium.Text text, Locale language) {
        if (text.text() != null && !text.text().isBlank()) {
            fields.add(new Compendium.Field(message(labelKey, language), text, true));
        }
    }

    private String message(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
