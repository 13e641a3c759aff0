package org.equicity.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.equicity.monitoring.AnswerAttachments;
import org.equicity.monitoring.AnswerAttachments.AttachmentId;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.shared.web.FileDownloads;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Files attached to a department's answer, for machines: uploaded as multipart form data by the department's
 * contacts, read back by them and the city's coordinators, always as a download.
 */
@RestController
@Tag(name = "Monitoring: information requests")
class AttachmentApi {

    private final AnswerAttachments attachments;

    AttachmentApi(AnswerAttachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping("/api/v1/monitoring/information-requests/{id}/recipients/{recipientId}/attachments")
    @Operation(
            summary = "Attach a file (PDF, office document, text, CSV or picture, up to 10 MB) to a department's"
                    + " answer, by a contact of that department; up to five per answer")
    ResponseEntity<RequestApi.Created> attach(
            @PathVariable UUID id,
            @PathVariable UUID recipientId,
            @RequestParam(required = false) @Nullable MultipartFile file) {
        var attached = attachments.attach(new RequestId(id), new RecipientId(recipientId), FileDownloads.upload(file));
        return ResponseEntity.created(URI.create(
                        "/api/v1/monitoring/information-requests/" + id + "/attachments/" + attached.value()))
                .body(new RequestApi.Created(attached.value()));
    }

    @GetMapping("/api/v1/monitoring/information-requests/{id}/attachments/{attachmentId}")
    @Operation(summary = "Download a file attached to an answer (its department's contacts and the coordinators)")
    ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        return FileDownloads.download(attachments.file(new RequestId(id), new AttachmentId(attachmentId)));
    }

    @DeleteMapping("/api/v1/monitoring/information-requests/{id}/attachments/{attachmentId}")
    @Operation(summary = "Take a file back from an answer, by a contact of the department that attached it")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID attachmentId) {
        attachments.remove(new RequestId(id), new AttachmentId(attachmentId));
        return ResponseEntity.noContent().build();
    }
}
