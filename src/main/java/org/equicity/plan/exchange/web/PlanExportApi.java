package org.equicity.plan.exchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.exchange.PlanExchange;
import org.equicity.plan.exchange.PlanExchange.PlanExport;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan as a file: spreadsheets with one row per action (the columns an import reads back) and a printable PDF.
 * The format is chosen by the address's extension, so that a plain link downloads the right file. An adopted plan
 * is exported for everyone; before adoption only for the city's people (404 to others). Texts come in the
 * reader's language (the {@code lang} parameter or {@code Accept-Language}), the city's texts too where a translation
 * exists, marked as machine-translated; with {@code originals=true} the texts come as written (what an import expects).
 */
@RestController
@Tag(name = "Action plans")
class PlanExportApi {

    private final PlanExchange exchange;
    private final PlanPdf pdf;
    private final MessageSource messages;
    private final Translations translations;

    PlanExportApi(PlanExchange exchange, PlanPdf pdf, MessageSource messages, Translations translations) {
        this.exchange = exchange;
        this.pdf = pdf;
        this.messages = messages;
        this.translations = translations;
    }

    @GetMapping(value = "/api/v1/plans/{id}/export.xlsx", produces = Spreadsheets.XLSX)
    @Operation(summary = "The plan's actions as an XLSX spreadsheet, one row per action (re-importable)")
    ResponseEntity<byte[]> xlsx(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean originals, Locale locale) {
        var export = exchange.export(new PlanId(id));
        return file(
                Spreadsheets.xlsx(
                        ActionTable.rows(export, texts(export, locale, originals), locale, messages),
                        null,
                        locale,
                        messages),
                Spreadsheets.XLSX,
                export,
                "xlsx");
    }

    @GetMapping(value = "/api/v1/plans/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "The plan's actions as CSV (UTF-8), one row per action (re-importable)")
    ResponseEntity<byte[]> csv(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean originals, Locale locale) {
        var export = exchange.export(new PlanId(id));
        return file(
                Spreadsheets.csv(ActionTable.rows(export, texts(export, locale, originals), locale, messages), locale),
                Spreadsheets.CSV,
                export,
                "csv");
    }

    @GetMapping(value = "/api/v1/plans/{id}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The plan printed on A4: commitments with the model template, actions, status and progress")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean originals, Locale locale) {
        var export = exchange.export(new PlanId(id));
        return file(
                pdf.render(export, texts(export, locale, originals), locale),
                MediaType.APPLICATION_PDF_VALUE,
                export,
                "pdf");
    }

    private PageTexts texts(PlanExport export, Locale locale, boolean originals) {
        return translations.forReader(PlanTexts.of(export.plan()), locale, originals);
    }

    static ResponseEntity<byte[]> file(byte[] content, String type, PlanExport export, String extension) {
        return download(content, type, fileName(export.plan().details().title()) + "." + extension);
    }

    static ResponseEntity<byte[]> download(byte[] content, String type, String fileName) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(type))
                .body(content);
    }

    /** A file name every system accepts, close to the plan's title. */
    static String fileName(String title) {
        var name = title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "plan" : name.length() > 80 ? name.substring(0, 80) : name;
    }
}
