package org.equicity.practice.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.network.Networks;
import org.equicity.practice.CallId;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibraryEntry;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.UiSettings;
import org.equicity.shared.web.PdfPrinter;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A compiled compendium of designated practices as PDF or DOCX, for the library page and the API alike: the practices
 * that answered a call (whoever may read the call), or the library's filtered list, of at most
 * {@link LibraryQuery#MAX_SIZE} practices. Only designated practices are compiled, whatever the filter asks for.
 */
@Component
class CompendiumExport {

    private final Practices practices;
    private final PracticeCalls calls;
    private final Cities cities;
    private final Networks networks;
    private final CompendiumCompiler compiler;
    private final CompendiumDocx docx;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final PracticeMarkdown markdown;
    private final UiSettings interfaceLanguages;
    private final PracticeVocabulary vocabulary;

    CompendiumExport(
            Practices practices,
            PracticeCalls calls,
            Cities cities,
            Networks networks,
            CompendiumCompiler compiler,
            CompendiumDocx docx,
            ITemplateEngine templates,
            MessageSource messages,
            PracticeMarkdown markdown,
            UiSettings interfaceLanguages,
            PracticeVocabulary vocabulary) {
        this.markdown = markdown;
        this.interfaceLanguages = interfaceLanguages;
        this.vocabulary = vocabulary;
        this.practices = practices;
        this.calls = calls;
        this.cities = cities;
        this.networks = networks;
        this.compiler = compiler;
        this.docx = docx;
        this.templates = templates;
        this.messages = messages;
    }

    /**
     * @param call the call whose answers to compile, or null for the library's filter
     * @throws RuleViolationException for a format or language it does not write
     */
    ResponseEntity<byte[]> export(LibraryFilter filter, UUID call, String format, String language) {
        var pdf = "pdf".equalsIgnoreCase(format);
        if (!pdf && !"docx".equalsIgnoreCase(format)) {
            throw RuleViolationException.about("format", "practice.compendium.rule.format", String.valueOf(format));
        }
        var code =
                language == null || language.isBlank() ? "en" : language.strip().toLowerCase(Locale.ROOT);
        // a compendium's headings and cover are interface texts: it is compiled in any language the interface has
        if (!interfaceLanguages.languages().contains(code)) {
            throw RuleViolationException.about("language", "practice.compendium.rule.language", code);
        }
        var locale = Locale.forLanguageTag(code);
        var compendium = call == null
                ? compiler.compile(describe(filter, locale), library(filter), locale)
                : ofCall(new CallId(call), locale);
        var bytes = pdf ? pdf(compendium, locale) : docx.write(compendium, locale);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"good-practices-" + code + (pdf ? ".pdf" : ".docx") + "\"")
                .contentType(
                        pdf
                                ? MediaType.APPLICATION_PDF
                                : MediaType.parseMediaType(
                                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(bytes);
    }

    private Compendium ofCall(CallId id, Locale locale) {
        var call = calls.call(id);
        var entries = new ArrayList<LibraryEntry>();
        for (var practice : calls.answeredPractices(id)) {
            var view = practices.practice(practice);
            if (view.summary().status().isPublic()) {
                entries.add(new LibraryEntry(view.summary(), view.content(), view.provenance()));
            }
        }
        var selection = messages.getMessage(
                "practice.compendium.of-call",
                new Object[] {call.summary().details().theme(), call.summary().networkName()},
                locale);
        return compiler.compile(selection, entries, locale);
    }

    /** The filtered library's designated practices, whatever designation the filter names. */
    private List<LibraryEntry> library(LibraryFilter filter) {
        return filter.query(cities, networks, LibraryQuery.MAX_SIZE)
                .map(query -> practices
                        .library(new LibraryQuery(
                                query.country(),
                                query.city(),
                                query.contributor(),
                                query.level(),
                                query.commitment(),
                                query.fieldOfAction(),
                                query.track(),
                                query.year(),
                                query.network(),
                                PracticeStatus.DESIGNATED,
                                query.sort(),
                                0,
                                LibraryQuery.MAX_SIZE))
                        .entries())
                .orElse(List.of());
    }

    /**
     * The filter in words for the cover, each filter given as a reader knows it (the country's, city's and network's
     * names, the labels of codes) in the compendium's language, or the whole library.
     */
    private String describe(LibraryFilter filter, Locale locale) {
        var parts = new ArrayList<String>();
        part(parts, "practice.field.country", filter.getCountry(), code -> countryName(code, locale), locale);
        part(
                parts,
                "practice.field.fieldOfAction",
                filter.getField(),
                label(PracticeVocabulary.FIELDS_OF_ACTION, locale),
                locale);
        part(
                parts,
                "practice.field.commitment",
                filter.getCommitment(),
                label(PracticeVocabulary.COMMITMENTS, locale),
                locale);
        part(parts, "practice.field.track", filter.getTrack(), label(PracticeVocabulary.TRACKS, locale), locale);
        part(parts, "practice.field.year", filter.getYear(), year -> year, locale);
        var level = filter.levelValue();
        part(
                parts,
                "practice.field.level",
                level == null ? null : messages.getMessage("practice.level." + level, null, locale),
                text -> text,
                locale);
        part(
                parts,
                "practice.field.city",
                filter.getCity(),
                slug -> cities.findBySlug(slug).map(Cities.CitySummary::name).orElse(slug),
                locale);
        part(
                parts,
                "practice.field.network",
                filter.getNetwork(),
                slug -> networks.findBySlug(slug)
                        .map(Networks.NetworkDetails::name)
                        .orElse(slug),
                locale);
        return parts.isEmpty()
                ? messages.getMessage("practice.compendium.whole-library", null, locale)
                : String.join("; ", parts);
    }

    private void part(
            List<String> parts, String labelKey, String value, UnaryOperator<String> readable, Locale locale) {
        if (value != null && !value.isBlank()) {
            parts.add(messages.getMessage(labelKey, null, locale) + ": " + readable.apply(value.strip()));
        }
    }

    /** A code's label in the framework, without the mark of a sub-field; a code the framework lacks stays. */
    private UnaryOperator<String> label(FrameworkRef framework, Locale locale) {
        return code ->
                vocabulary.labels(framework, locale).getOrDefault(code, code).replaceFirst("^– ", "");
    }

    private static String countryName(String code, Locale locale) {
        try {
            var name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
            return name.isBlank() ? code : name;
        } catch (java.util.IllformedLocaleException notACountry) {
            return code;
        }
    }

    private byte[] pdf(Compendium compendium, Locale locale) {
        var context = new Context(locale);
        context.setVariable("compendium", compendium);
        context.setVariable("markdown", markdown);
        return PdfPrinter.print(templates.process("practice/compendium-print", context));
    }
}
