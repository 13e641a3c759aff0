package org.equicity.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.monitoring.AnswerAttachments.AttachmentId;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.shared.UploadedFiles.AttachedFile;

/** A file a department attached to its answer to an information request; its bytes are kept apart. */
@Entity
@Table(name = "monitoring_answer_attachment")
class AnswerAttachment {

    @Id
    private UUID id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private UUID recipientId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "file_type", nullable = false, updatable = false)
    private String fileType;

    @Column(name = "file_size", nullable = false, updatable = false)
    private long fileSize;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected AnswerAttachment() {}

    AnswerAttachment(RecipientId recipient, AttachedFile file, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.recipientId = recipient.value();
        this.fileName = file.name();
        this.fileType = file.mediaType();
        this.fileSize = file.size();
        this.addedAt = addedAt;
    }

    AttachmentId id() {
        return new AttachmentId(id);
    }

    UUID recipientId() {
        return recipientId;
    }

    Instant addedAt() {
        return addedAt;
    }

    AttachedFile file() {
        return new AttachedFile(fileName, fileType, fileSize);
    }
}
