package org.equicity.mail;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A message as it stands in the outbox. */
public record OutboxEntry(
        UUID id,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        Status status,
        @Nullable Instant sentAt,
        @Nullable String failure) {

    public enum Status {
        /** Kept in the outbox only: no SMTP server is configured. */
        STORED,
        /** Waiting for the transaction that wrote it to commit. */
        PENDING,
        SENT,
        FAILED
    }
}
