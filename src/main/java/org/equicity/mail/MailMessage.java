package org.equicity.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "mail_message")
class MailMessage {

    private static final int MAX_FAILURE = 1000;

    @Id
    private UUID id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OutboxEntry.Status status;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    private @Nullable String failure;

    protected MailMessage() {}

    MailMessage(String recipient, String subject, String body, boolean willBeSent, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
        this.status = willBeSent ? OutboxEntry.Status.PENDING : OutboxEntry.Status.STORED;
    }

    UUID id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    void delivered(Instant sentAt) {
        this.status = OutboxEntry.Status.SENT;
        this.sentAt = sentAt;
        this.failure = null;
    }

    void failed(@Nullable String reason) {
        this.status = OutboxEntry.Status.FAILED;
        var text = reason == null ? "unknown" : reason;
        this.failure = text.length() > MAX_FAILURE ? text.substring(0, MAX_FAILURE) : text;
    }

    OutboxEntry toEntry() {
        return new OutboxEntry(id, recipient, subject, body, createdAt, status, sentAt, failure);
    }
}
