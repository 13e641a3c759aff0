package org.equicity.practice.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A compiled compendium to print and send, from the library page and the call page, and over the API with the same
 * parameters: {@code format} pdf or docx, {@code language} one of en, de, fr, es, it, and either {@code call} or the
 * library's filters.
 */
@RestController
@Tag(name = "Good practices")
class CompendiumPages {

    private final CompendiumExport export;

    CompendiumPages(CompendiumExport export) {
        this.export = export;
    }

    @GetMapping("/practices/compendium")
    ResponseEntity<byte[]> download(
            @ModelAttribute LibraryFilter filter,
            @RequestParam(required = false) UUID call,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(required = false) String language) {
        return export.export(filter, call, format, language);
    }

    @GetMapping("/api/v1/practices/compendium")
    @Operation(
            summary = "A compiled compendium of designated practices (PDF or DOCX) in a chosen language, with a cover,"
                    + " a table of contents by theme and country and each practice's source: the library's filters"
                    + " as on /api/v1/practices, or the answers to a call (call)")
    ResponseEntity<byte[]> compendium(
            @ModelAttribute LibraryFilter filter,
            @RequestParam(required = false) UUID call,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "en") String language) {
        return export.export(filter, call, format, language);
    }

    @GetMapping("/api/v1/calls/{id}/compendium")
    @Operation(summary = "The designated practices that answered the call as a compiled compendium (PDF or DOCX)")
    ResponseEntity<byte[]> ofCall(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "pdf") String format,
            @RequestParam(defaultValue = "en") String language) {
        return export.export(new LibraryFilter(), id, format, language);
    }
}
