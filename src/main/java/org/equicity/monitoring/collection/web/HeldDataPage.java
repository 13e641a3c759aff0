package org.equicity.monitoring.collection.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.monitoring.collection.DataCollection.HeldData;
import org.equicity.shared.web.Csv;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The list of what the city holds, as a spreadsheet for its data protection officer; for the coordinators. */
@Controller
class HeldDataPage {

    private static final List<String> COLUMNS = List.of(
            "programme",
            "title",
            "datasetKind",
            "purpose",
            "legalBasis",
            "consentMethod",
            "retentionMonths",
            "audience",
            "createdOn",
            "records",
            "oldestRecord",
            "deletionDue");

    private final DataCollection collection;
    private final MessageSource messages;

    HeldDataPage(DataCollection collection, MessageSource messages) {
        this.collection = collection;
        this.messages = messages;
    }

    @GetMapping("/manage/cities/{citySlug}/monitoring/data-protection.csv")
    ResponseEntity<String> csv(CitySummary city, Locale locale) {
        var held = collection.heldData(city.id());
        var out = new StringWriter();
        try (var printer = Csv.writer(out, Csv.delimiter(locale))) {
            printer.row(COLUMNS.stream()
                    .map(column -> messages.getMessage("monitoring.field." + column, null, locale))
                    .toList());
            for (var dataset : held.datasets()) {
                var cells = new ArrayList<Object>();
                cells.add(dataset.programmeTitle());
                cells.add(dataset.title());
                cells.add(messages.getMessage("monitoring.collection.kind." + dataset.kind(), null, locale));
                cells.add(dataset.protection().purpose());
                cells.add(dataset.protection().legalBasis());
                cells.add(dataset.protection().consentMethod());
                cells.add(dataset.protection().retentionMonths());
                cells.add(messages.getMessage(
                        "monitoring.collection.audience." + dataset.protection().audience(), null, locale));
                cells.add(dataset.createdOn());
                cells.add(dataset.records());
                cells.add(dataset.oldestRecord());
                cells.add(dataset.deletionDue());
                printer.row(cells);
            }
            writeFiles(printer, held, locale);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("data-protection-" + city.slug() + "-" + held.on() + ".csv")
                                .build()
                                .toString())
                .body(out.toString());
    }

    /** One row per information request whose answers hold files: how many, and since when (the columns it has). */
    private void writeFiles(Csv printer, HeldData held, Locale locale) throws IOException {
        var kind = messages.getMessage("monitoring.collection.held-files", null, locale);
        for (var files : held.files()) {
            var cells = new ArrayList<Object>();
            cells.add(files.programmeTitle());
            cells.add(files.request());
            cells.add(kind);
            cells.addAll(List.of("", "", "", "", ""));
            cells.add(files.oldest());
            cells.add(files.files());
            cells.add(files.oldest());
            cells.add("");
            printer.row(cells);
        }
    }
}
