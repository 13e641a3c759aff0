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

/** The stored form of a {@link RoleGrant}; the grant record stays the only form the rest of the code sees. */
@Entity
@Table(name = "role_grant")
class GrantRow {

    @Id
    private UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @Embedded
    private GrantColumns grant;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected GrantRow() {}

    GrantRow(Person person, RoleGrant grant, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.grant = new GrantColumns(grant);
        this.grantedAt = grantedAt;
    }

    RoleGrant toGrant() {
        return grant.toGrant();
    }
}
