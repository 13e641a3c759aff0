package org.equicity.practice.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.practice.importing.PracticeImports;
import org.equicity.practice.importing.PracticeImports.Corrections;
import org.equicity.practice.importing.PracticeImports.ImportId;
import org.equicity.practice.importing.PracticeImports.ImportPreview;
import org.equicity.practice.importing.PracticeImports.Upload;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A network's secretariat imports a compendium of good practices over HTTP, with its own token: upload (the document
 * is read at once; 422 with the reason for a file that cannot be), preview, corrections, confirmation (202: it runs in
 * the background; the preview shows its progress and result).
 */
@RestController
@Tag(name = "Good-practice imports")
class PracticeImportApi {

    private final PracticeImports imports;
    private final MessageSource messages;

    PracticeImportApi(PracticeImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/api/v1/networks/{network}/practice-imports")
    @Operation(
            summary =
                    "Upload a compendium (PDF, DOCX, ODT, HTML, Markdown, text; or CSV, XLSX, JSON in the library"
                            + " export's columns) with the document's title, publisher, date (a year or a day) and address;"
                            + " designatedBy and designatedOn where another body designated its practices. Answers the preview.")
    ResponseEntity<ImportPreview> upload(
            @PathVariable UUID network,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String date,
            @RequestParam(required = false) String address,
            @RequestParam(required = false) String designatedBy,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate designatedOn)
            throws IOException {
        if (file != null && file.getSize() > PracticeImports.MAX_FILE_BYTES) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE,
                    messages.getMessage(
                            "practice.import.too-large",
                            new Object[] {PracticeImports.MAX_FILE_BYTES / 1024 / 1024},
                            LocaleContextHolder.getLocale()));
            throw new ErrorResponseException(HttpStatus.CONTENT_TOO_LARGE, problem, null);
        }
        var id = imports.upload(
                new NetworkId(network),
                new Upload(
                        file == null ? null : file.getOriginalFilename(),
                        file == null ? new byte[0] : file.getBytes(),
                        title,
                        publisher,
                        date,
                        address,
                        blankToNull(designatedBy),
                        designatedOn));
        return ResponseEntity.created(URI.create("/api/v1/practice-imports/" + id.value()))
                .body(imports.preview(id));
    }

    @GetMapping("/api/v1/practice-imports/{id}")
    @Operation(
            summary = "The practices found, with owner, sections, problems and what importing would do; while it is"
                    + " imported its progress, then its result")
    ImportPreview preview(@PathVariable UUID id) {
        return imports.preview(new ImportId(id));
    }

    @PutMapping("/api/v1/practice-imports/{id}/corrections")
    @Operation(
            summary = "Correct owners (city or contributor of the network, by practice key), map unknown labels for the"
                    + " whole document, deselect practices, confirm fields of action; each call replaces the last")
    ImportPreview correct(@PathVariable UUID id, @RequestBody Corrections corrections) {
        if (corrections == null) {
            throw new RuleViolationException("practice.import.no-corrections");
        }
        return imports.correct(new ImportId(id), corrections);
    }

    @PostMapping("/api/v1/practice-imports/{id}/confirm")
    @Operation(summary = "Import the selected practices in the background, all or none; 202 with the progress")
    ResponseEntity<ImportPreview> confirm(@PathVariable UUID id) {
        return ResponseEntity.accepted().body(imports.confirm(new ImportId(id)));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
