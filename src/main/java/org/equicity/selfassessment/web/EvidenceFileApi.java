package org.equicity.selfassessment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.equicity.selfassessment.EvidenceDocuments;
import org.equicity.selfassessment.EvidenceDocuments.StoredFile;
import org.equicity.selfassessment.EvidenceDocuments.Upload;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
                upload(file));
        return ResponseEntity.created(
                        URI.create("/api/v1/self-assessments/" + id + "/evidence/" + added.value() + "/file"))
                .body(new SelfAssessmentApi.Created(added.value()));
    }

    @GetMapping("/api/v1/self-assessments/{id}/evidence/{evidenceId}/file")
    @Operation(summary = "Download the file of a piece of evidence (the city's people)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID evidenceId) {
        return download(documents.file(new SelfAssessmentId(id), new EvidenceId(evidenceId)));
    }

    /** Whether a form's file field was used: a browser sends an empty part without a name for a field left empty. */
    static boolean chosen(@Nullable MultipartFile file) {
        var name = file == null ? null : file.getOriginalFilename();
        return file != null && (!file.isEmpty() || (name != null && !name.isBlank()));
    }

    /** The file a form or a request sent; none at all is an empty one, refused as such beside the field. */
    static Upload upload(@Nullable MultipartFile file) {
        if (file == null) {
            return new Upload("", new byte[0]);
        }
        try {
            var name = file.getOriginalFilename();
            return new Upload(name == null ? "" : name, file.getBytes());
        } catch (IOException unreadable) {
            throw RuleViolationException.about("file", "selfassessment.rule.file-empty", "file");
        }
    }

    /** A kept file as a download under its own name and detected type. */
    static ResponseEntity<byte[]> download(StoredFile stored) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.file().mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(stored.file().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(stored.content());
    }
}
