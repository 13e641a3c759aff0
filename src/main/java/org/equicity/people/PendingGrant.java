package org.equicity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A role someone has been invited to and that takes effect when they accept the invitation through the mailed
 * link, so that an invitation neither reveals nor changes an existing account before its owner agrees.
 */
@Entity
@Table(name = "pending_grant")
class PendingGrant {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Embedded
    private GrantColumns grant;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected PendingGrant() {}

    PendingGrant(Person person, RoleGrant grant, Instant invitedAt) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.grant = new GrantColumns(grant);
        this.invitedAt = invitedAt;
    }

    RoleGrant toGrant() {
        return grant.toGrant();
    }
}
