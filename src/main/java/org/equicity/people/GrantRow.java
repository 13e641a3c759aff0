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

/** The stored form of a {@link RoleGrant}; the grant record stays the only form the rest of the code sees. */
@Entity
@Table(name = "role_grant")
class GrantRow {

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

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected GrantRow() {}

    GrantRow(Person person, RoleGrant grant, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.person = person;
        this.role = grant.role();
        this.network = grant.network() == null ? null : grant.network().value();
        this.city = grant.city() == null ? null : grant.city().value();
        this.department = grant.department() == null ? null : grant.department().value();
        this.grantedAt = grantedAt;
    }

    RoleGrant toGrant() {
        return new RoleGrant(
                role,
                network == null ? null : new NetworkId(network),
                city == null ? null : new CityId(city),
                department == null ? null : new DepartmentId(department));
    }
}
