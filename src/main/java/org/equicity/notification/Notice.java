package org.equicity.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * Something that waits for one person. Its text is kept as a message key with arguments, so that it reads in the
 * language of whoever reads it; an argument written {@code #key} is itself a message key (a role's name), and dates
 * and numbers are written as {@link NoticeTexts#date} and {@link NoticeTexts#number} make them.
 */
@Entity
@Table(name = "notice")
class Notice {

    /** Separates the arguments in their column; a character no text typed into the product contains. */
    private static final String SEPARATOR = "\u001F";

    private static final int MAX_ARGUMENT = 300;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NoticeKind kind;

    @Column(nullable = false, updatable = false)
    private String arguments;

    @Column(nullable = false, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private @Nullable Instant readAt;

    /** Still to go out in the person's next daily digest. */
    @Column(name = "digest_due", nullable = false)
    private boolean digestDue;

    /** What a reminder is about, so that a daily job tells of it once; null for a notice of an event. */
    @Column(updatable = false)
    private @Nullable String about;

    protected Notice() {}

    Notice(
            PersonId person,
            NoticeKind kind,
            List<String> arguments,
            String link,
            Instant at,
            boolean digestDue,
            @Nullable String about) {
        this.id = UUID.randomUUID();
        this.personId = person.value();
        this.kind = kind;
        this.arguments = String.join(
                SEPARATOR,
                arguments.stream()
                        .map(argument -> argument.replace(SEPARATOR, " "))
                        .map(argument -> argument.length() <= MAX_ARGUMENT
                                ? argument
                                : argument.substring(0, MAX_ARGUMENT - 1) + "…")
                        .toList());
        this.link = link;
        this.createdAt = at;
        this.digestDue = digestDue;
        this.about = about;
    }

    UUID id() {
        return id;
    }

    PersonId person() {
        return new PersonId(personId);
    }

    NoticeKind kind() {
        return kind;
    }

    List<String> arguments() {
        return arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean isRead() {
        return readAt != null;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    void digested() {
        digestDue = false;
    }
}
