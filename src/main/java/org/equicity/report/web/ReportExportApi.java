package org.equicity.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.report.CycleId;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.equicity.report.Reports.ReportExport;
import org.equicity.translation.PageTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports as files: a report (as it stands, or a submitted version as frozen) printed to PDF or as a JSON document
 * following the published schema, and all accepted reports of a cycle as CSV, XLSX or a JSON array of such
 * documents. The format is chosen by the address's extension, so that a plain link downloads the right file, as for
 * plans. Reading a report is for its city's people and the network's secretariat; a cycle's accepted reports are
 * for the secretariat. Printed texts come in the reader's language, translations marked; the JSON, CSV and XLSX
 * files hold the texts as written, with the language they are written in.
 */
@RestController
@Tag(name = "Network reporting")
class ReportExportApi {

    private final Reports reports;
    private final ReportPdf pdf;
    private final ReportReading reading;
    private final String baseUrl;

    ReportExportApi(
            Reports reports,
            ReportPdf pdf,
            ReportReading reading,
            @Value("${equicity.base-url:http://localhost:8080}") String baseUrl) {
        this.reports = reports;
        this.pdf = pdf;
        this.reading = reading;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping(value = "/api/v1/reports/{id}/export.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The report as it stands, as a JSON document following /schemas/report/1.2.json")
    ResponseEntity<ReportDocument> json(@PathVariable UUID id) {
        var report = reports.export(new ReportId(id));
        return download(ReportDocument.of(report, baseUrl), MediaType.APPLICATION_JSON_VALUE, name(report, "json"));
    }

    @GetMapping(value = "/api/v1/reports/{id}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The report as it stands, printed on A4")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID id,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale) {
        var report = reports.export(new ReportId(id));
        return download(printed(report, originals, locale), MediaType.APPLICATION_PDF_VALUE, name(report, "pdf"));
    }

    @GetMapping(
            value = "/api/v1/reports/{id}/versions/{number}/export.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A submitted version as frozen at submission, as a JSON document following the schema")
    ResponseEntity<ReportDocument> versionJson(@PathVariable UUID id, @PathVariable int number) {
        var report = reports.exportVersion(new ReportId(id), number);
        return download(ReportDocument.of(report, baseUrl), MediaType.APPLICATION_JSON_VALUE, name(report, "json"));
    }

    @GetMapping(value = "/api/v1/reports/{id}/versions/{number}/export.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A submitted version as frozen at submission, printed on A4")
    ResponseEntity<byte[]> versionPdf(
            @PathVariable UUID id,
            @PathVariable int number,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale) {
        var report = reports.exportVersion(new ReportId(id), number);
        return download(printed(report, originals, locale), MediaType.APPLICATION_PDF_VALUE, name(report, "pdf"));
    }

    private byte[] printed(ReportExport report, boolean originals, Locale locale) {
        return pdf.render(report, reading.of(report, locale, originals), locale);
    }

    @GetMapping(value = "/api/v1/cycles/{id}/accepted-reports.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The cycle's accepted reports as a JSON array of report documents (network secretariat)")
    ResponseEntity<List<ReportDocument>> acceptedJson(@PathVariable UUID id) {
        var accepted = reports.acceptedReports(new CycleId(id));
        return download(
                accepted.stream()
                        .map(report -> ReportDocument.of(report, baseUrl))
                        .toList(),
                MediaType.APPLICATION_JSON_VALUE,
                cycleName(id, "json"));
    }

    @GetMapping(value = "/api/v1/cycles/{id}/accepted-reports.csv", produces = "text/csv")
    @Operation(summary = "The cycle's accepted reports as CSV (UTF-8), one row per reported action (secretariat)")
    ResponseEntity<byte[]> acceptedCsv(@PathVariable UUID id, Locale locale) {
        var accepted = reports.acceptedReports(new CycleId(id));
        return download(AcceptedReportTables.csv(accepted, locale), AcceptedReportTables.CSV, cycleName(id, "csv"));
    }

    @GetMapping(value = "/api/v1/cycles/{id}/accepted-reports.xlsx", produces = AcceptedReportTables.XLSX)
    @Operation(summary = "The cycle's accepted reports as XLSX: a sheet of reports (Level 1), a sheet of actions")
    ResponseEntity<byte[]> acceptedXlsx(@PathVariable UUID id) {
        var accepted = reports.acceptedReports(new CycleId(id));
        return download(AcceptedReportTables.xlsx(accepted), AcceptedReportTables.XLSX, cycleName(id, "xlsx"));
    }

    private static <T> ResponseEntity<T> download(T content, String type, String fileName) {
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

    private static String name(ReportExport report, String extension) {
        var version = report.version() == null ? "" : " v" + report.version();
        return fileName(report.cityName() + " " + report.cycle().name() + version) + "." + extension;
    }

    private String cycleName(UUID id, String extension) {
        return fileName(reports.cycle(new CycleId(id)).summary().name()) + "." + extension;
    }

    /** A file name every system accepts. */
    private static String fileName(String text) {
        var name = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
        return name.isEmpty() ? "report" : name.length() > 100 ? name.substring(0, 100) : name;
    }
}
