package org.equicity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "network_id")
    private UUID network;

    @Column(name = "city_id")
    private UUID city;

    @Column(name = "department_id")
    private UUID department;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    protected PendingGrant() {}

    PendingGrant(Person person, RoleGrant grant, Instant invitedAt) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.role = grant.role();
        this.network = grant.network() == null ? null : grant.network().value();
        this.city = grant.city() == null ? null : grant.city().value();
        this.department = grant.department() == null ? null : grant.department().value();
        this.invitedAt = invitedAt;
    }

    RoleGrant toGrant() {
        return new RoleGrant(
                role,
                network == null ? null : new NetworkId(network),
                city == null ? null : new CityId(city),
                department == null ? null : new DepartmentId(department));
    }
}
