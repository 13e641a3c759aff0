package org.equicity.translation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.equicity.translation.Translations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/translation-jobs")
@Tag(
        name = "Translation jobs",
        description = "The queue of machine translations made in the background; for platform administrators.")
class TranslationJobApi {

    private final Translations translations;

    TranslationJobApi(Translations translations) {
        this.translations = translations;
    }

    @GetMapping
    @Operation(summary = "Jobs not yet done, failed ones first, with their attempts and last error")
    List<Translations.Job> jobs() {
        return translations.jobs();
    }

    @PostMapping("/{id}/retry")
    @Operation(summary = "Run a job again now, with a fresh set of attempts")
    ResponseEntity<Void> retry(@PathVariable UUID id) {
        translations.retry(id);
        return ResponseEntity.noContent().build();
    }
}
