package org.equicity.practice.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibraryEntry;
import org.equicity.practice.Practices.LibraryPage;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Csv;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public library of good practices: filters, order and pages; the detail page that is each practice's permalink,
 * with a ready citation and similar practices; the filtered list as CSV and JSON, and the codebook that explains
 * them. The public sees designated practices only; an unpublished practice is not found, except by its city and its
 * network's secretariat and reviewers.
 */
@Controller
class LibraryPages {

    static final int PAGE_SIZE = 20;
    private static final int SIMILAR = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Practices practices;
    private final Cities cities;
    private final LibraryChoices choices;
    private final Networks networks;
    private final PracticeVocabulary vocabulary;
    private final PracticeMarkdown markdown;
    private final Translations translations;
    private final MessageSource messages;
    private final PracticeCitation citation;
    private final String baseUrl;

    LibraryPages(
            Practices practices,
            Cities cities,
            LibraryChoices choices,
            Networks networks,
            PracticeVocabulary vocabulary,
            PracticeMarkdown markdown,
            Translations translations,
            MessageSource messages,
            PracticeCitation citation,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.citation = citation;
        this.practices = practices;
        this.cities = cities;
        this.choices = choices;
        this.networks = networks;
        this.vocabulary = vocabulary;
        this.markdown = markdown;
        this.translations = translations;
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/practices")
    String library(@ModelAttribute("filter") LibraryFilter filter, Model model, HttpServletResponse response) {
        var locale = LocaleContextHolder.getLocale();
        var errors = choices.addTo(model, locale);
        var empty = new LibraryPage(List.of(), 0, filter.pageNumber() - 1, PAGE_SIZE);
        LibraryPage page;
        try {
            page = filter.query(cities, networks, PAGE_SIZE)
                    .map(practices::library)
                    .orElse(empty);
        } catch (RuleViolationException refused) {
            // An unknown field of action: said beside the field, the form kept for another choice.
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.add(refused, "field");
            page = empty;
        }
        model.addAttribute("page", page);
        model.addAttribute("previous", page.page() > 0 ? filter.link("/practices", page.page()) : null);
        model.addAttribute("next", page.page() + 1 < page.pages() ? filter.link("/practices", page.page() + 2) : null);
        model.addAttribute("csv", filter.link("/practices.csv", null));
        model.addAttribute("json", filter.link("/practices.json", null));
        vocabulary.addTo(model, locale);
        return "practice/library";
    }

    /** A download asked with a filter that cannot be answered (an unknown field of action). */
    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<String> refused(RuleViolationException refused) {
        var locale = LocaleContextHolder.getLocale();
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body(messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }

    @GetMapping("/practices/{id}")
    String practice(
            @PathVariable String id,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Model model) {
        var practice = readable(id);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("practice", practice);
        model.addAttribute("texts", translations.forReader(practice.translatableFields(), locale, originals));
        model.addAttribute("permalink", citation.permalink(practice));
        model.addAttribute("markdown", markdown);
        model.addAttribute("similar", practices.similar(practice.summary().id(), SIMILAR));
        if (practice.summary().status().isPublic()) {
            model.addAttribute("citation", citation.text(practice, locale));
        }
        vocabulary.addTo(model, locale);
        return "practice/practice";
    }

    @GetMapping(value = "/practices/{id}/citation.bib", produces = "application/x-bibtex;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> bibtexCitation(@PathVariable String id) {
        var practice = published(id);
        return download(
                citation.bibtex(practice, LocaleContextHolder.getLocale()), PracticeCitation.key(practice) + ".bib");
    }

    @GetMapping(value = "/practices/{id}/citation.ris", produces = "application/x-research-info-systems;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> risCitation(@PathVariable String id) {
        var practice = published(id);
        return download(
                citation.ris(practice, LocaleContextHolder.getLocale()), PracticeCitation.key(practice) + ".ris");
    }

    @GetMapping("/practices.csv")
    void csv(@ModelAttribute("filter") LibraryFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"good-practices.csv\"");
        var printer = Csv.writer(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), ',');
        printer.row(columns());
        each(filter, entry -> {
            var cells = new ArrayList<String>();
            for (var column : PracticeColumn.values()) {
                cells.add(column.cell(entry, baseUrl));
            }
            printer.row(cells);
        });
        printer.flush();
    }

    @GetMapping("/practices.json")
    void json(@ModelAttribute("filter") LibraryFilter filter, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"good-practices.json\"");
        var writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        writer.write(
                "{\"codebook\":" + JSON.writeValueAsString(baseUrl + "/practices/codebook.json") + ",\"practices\":[");
        var first = new boolean[] {true};
        each(filter, entry -> {
            var row = new LinkedHashMap<String, Object>();
            for (var column : PracticeColumn.values()) {
                row.put(column.header(), column.value(entry, baseUrl));
            }
            writer.write((first[0] ? "" : ",") + JSON.writeValueAsString(row));
            first[0] = false;
        });
        writer.write("]}");
        writer.flush();
    }

    @GetMapping("/practices/codebook")
    String codebook(Model model) {
        model.addAttribute("columns", codebookColumns(LocaleContextHolder.getLocale()));
        model.addAttribute("codeLists", codeLists());
        return "practice/codebook";
    }

    @GetMapping(value = "/practices/codebook.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> codebookJson() {
        var codebook = new LinkedHashMap<String, Object>();
        codebook.put("title", messages.getMessage("practice.codebook.title", null, Locale.ENGLISH));
        codebook.put("separator", ";");
        codebook.put("columns", codebookColumns(Locale.ENGLISH));
        codebook.put("codeLists", codeLists());
        return codebook;
    }

    /** Each column: its name, type, whether it holds several values, what it means, and its code list. */
    private List<Map<String, Object>> codebookColumns(Locale locale) {
        var columns = new ArrayList<Map<String, Object>>();
        for (var column : PracticeColumn.values()) {
            var described = new LinkedHashMap<String, Object>();
            described.put("name", column.header());
            described.put("type", column.type());
            described.put("multiple", column.multiple());
            described.put("description", messages.getMessage("practice.column." + column.header(), null, locale));
            described.put(
                    "codes", column.codes() == null ? null : column.codes().key());
            columns.add(described);
        }
        return columns;
    }

    /** The CSV header, which is also the codebook's list of columns. */
    static List<String> columns() {
        return java.util.Arrays.stream(PracticeColumn.values())
                .map(PracticeColumn::header)
                .toList();
    }

    /** Every code list with its labels in English, the language of the archive. */
    private Map<String, Map<String, String>> codeLists() {
        var lists = new LinkedHashMap<String, Map<String, String>>();
        var english = Locale.ENGLISH;
        var ownerTypes = new LinkedHashMap<String, String>();
        ownerTypes.put("CITY", messages.getMessage("practice.owner-type.CITY", null, english));
        for (var kind : ContributorKind.values()) {
            ownerTypes.put(kind.name(), messages.getMessage("practice.owner-type." + kind.name(), null, english));
        }
        lists.put(PracticeColumn.CodeList.OWNER_TYPES.key(), ownerTypes);
        var levels = new LinkedHashMap<String, String>();
        for (var level : OwnerLevel.values()) {
            levels.put(level.name(), messages.getMessage("practice.level." + level.name(), null, english));
        }
        lists.put(PracticeColumn.CodeList.LEVELS.key(), levels);
        lists.put(PracticeColumn.CodeList.COUNTRIES.key(), vocabulary.countries(english));
        var statuses = new LinkedHashMap<String, String>();
        for (var status : PracticeStatus.values()) {
            statuses.put(status.name(), messages.getMessage("practice.status." + status.name(), null, english));
        }
        lists.put(PracticeColumn.CodeList.STATUSES.key(), statuses);
        lists.put(
                PracticeColumn.CodeList.MEASURE_TYPES.key(),
                vocabulary.labels(PracticeVocabulary.MEASURE_TYPES, english));
        lists.put(
                PracticeColumn.CodeList.COMMITMENTS.key(), vocabulary.labels(PracticeVocabulary.COMMITMENTS, english));
        lists.put(PracticeColumn.CodeList.TRACKS.key(), vocabulary.labels(PracticeVocabulary.TRACKS, english));
        lists.put(
                PracticeColumn.CodeList.FIELDS_OF_ACTION.key(),
                vocabulary.labels(PracticeVocabulary.FIELDS_OF_ACTION, english));
        lists.put(
                PracticeColumn.CodeList.FIELDS_OF_ACTIVITY.key(),
                vocabulary.labels(PracticeVocabulary.FIELDS_OF_ACTIVITY, english));
        return lists;
    }

    private interface EntryWriter {
        void write(LibraryEntry entry) throws IOException;
    }

    /** Goes through the filtered list a page at a time, so that a large network's list is never held at once. */
    private void each(LibraryFilter filter, EntryWriter writer) throws IOException {
        var query = filter.query(cities, networks, LibraryQuery.MAX_SIZE);
        if (query.isEmpty()) {
            return;
        }
        var next = query.get().atPage(0);
        while (true) {
            var page = practices.library(next);
            for (var entry : page.entries()) {
                writer.write(entry);
            }
            if (page.page() + 1 >= page.pages()) {
                return;
            }
            next = next.atPage(page.page() + 1);
        }
    }

    /** The practice as the reader may see it; one they may not read does not exist for them. */
    private PracticeView readable(String id) {
        try {
            return practices.practice(new PracticeId(UUID.fromString(id)));
        } catch (IllegalArgumentException | AccessDeniedException hidden) {
            throw new NotFoundException("Practice", id);
        }
    }

    private PracticeView published(String id) {
        var practice = readable(id);
        if (!practice.summary().status().isPublic()) {
            throw new NotFoundException("Practice", id);
        }
        return practice;
    }

    private static ResponseEntity<String> download(String text, String filename) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(text);
    }
}
