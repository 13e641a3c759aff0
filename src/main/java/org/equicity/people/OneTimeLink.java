package org.equicity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.equicity.people.Accounts.LinkPurpose;
import org.equicity.people.Accounts.LinkStatus;

@Entity
@Table(name = "one_time_link")
class OneTimeLink {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LinkPurpose purpose;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected OneTimeLink() {}

    OneTimeLink(Person person, LinkPurpose purpose, String tokenHash, Duration validity, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = createdAt.plus(validity);
    }

    Person person() {
        return person;
    }

    LinkPurpose purpose() {
        return purpose;
    }

    LinkStatus status(Instant now) {
        if (usedAt != null) {
            return LinkStatus.USED;
        }
        if (!expiresAt.isAfter(now) || !person.isActive()) {
            return LinkStatus.EXPIRED;
        }
        return LinkStatus.VALID;
    }

    void use(Instant now) {
        if (status(now) != LinkStatus.VALID) {
            throw new IllegalStateException("Link cannot be used: " + status(now));
        }
        this.usedAt = now;
    }
}
