package org.equicity.people;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;

/** A {@link RoleGrant} as stored in columns, shared by a granted role and one still waiting to be accepted. */
@Embeddable
class GrantColumns {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Column(name = "network_id")
    private UUID network;

    @Column(name = "city_id")
    private UUID city;

    @Column(name = "department_id")
    private UUID department;

    protected GrantColumns() {}

    GrantColumns(RoleGrant grant) {
        this.role = grant.role();
        this.network = grant.network() == null ? null : grant.network().value();
        this.city = grant.city() == null ? null : grant.city().value();
        this.department = grant.department() == null ? null : grant.department().value();
    }

    RoleGrant toGrant() {
        return new RoleGrant(
                role,
                network == null ? null : new NetworkId(network),
                city == null ? null : new CityId(city),
                department == null ? null : new DepartmentId(department));
    }
}
