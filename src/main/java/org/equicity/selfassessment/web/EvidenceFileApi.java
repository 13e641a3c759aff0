package org.equicity.selfassessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.equicity.selfassessment.EvidenceDocuments;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.web.FileDownloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence documents as files for machines: uploaded as multipart form data with the document's kind and title, and
 * read back by the city's people, always as a download (never shown in the browser's own page).
 */
@RestController
@Tag(name = "Self-assessment")
class EvidenceFileApi {

    private final EvidenceDocuments documents;

    EvidenceFileApi(EvidenceDocuments documents) {
        this.documents = documents;
    }

    @PostMapping("/api/v1/self-assessments/{id}/factors/{factor}/evidence/files")
    @Operation(summary = "Upload a document (PDF, office document, text, CSV or picture, up to 10 MB) as evidence")
    ResponseEntity<SelfAssessmentApi.Created> upload(
            @PathVariable UUID id,
            @PathVariable String factor,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String title) {
        var added = documents.upload(
                new SelfAssessmentId(id),
                factor,
                new EvidenceContent(Source.DOCUMENT, kind, title, null, null, null),
                FileDownloads.upload(file));
        return ResponseEntity.created(
                        URI.create("/api/v1/self-assessments/" + id + "/evidence/" + added.value() + "/file"))
                .body(new SelfAssessmentApi.Created(added.value()));
    }

    @GetMapping("/api/v1/self-assessments/{id}/evidence/{evidenceId}/file")
    @Operation(summary = "Download the file of a piece of evidence (the city's people)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        return FileDownloads.download(documents.file(new SelfAssessmentId(id), new EvidenceId(evidenceId)));
    }
}
