package org.equicity.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Base64;
import java.util.UUID;
import org.equicity.monitoring.AnswerAttachments.AttachmentId;

/** The bytes of an attachment, kept apart so that listing an answer's attachments does not read the files. */
@Entity
@Table(name = "monitoring_answer_attachment_file")
class AnswerAttachmentFile {

    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;

    @Column(nullable = false, updatable = false)
    private String content;

    protected AnswerAttachmentFile() {}

    AnswerAttachmentFile(AttachmentId attachment, byte[] content) {
        this.attachmentId = attachment.value();
        this.content = Base64.getEncoder().encodeToString(content);
    }

    byte[] content() {
        return Base64.getDecoder().decode(content);
    }
}
