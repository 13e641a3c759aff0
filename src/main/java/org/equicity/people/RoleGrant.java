package org.equicity.people;

import java.util.Objects;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;

/** A role held within its scope; the constructor refuses a grant whose scope does not fit its role. */
public record RoleGrant(Role role, NetworkId network, CityId city, DepartmentId department) {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        boolean fits = switch (role.scope()) {
            case PLATFORM -> network == null && city == null && department == null;
            case NETWORK -> network != null && city == null && department == null;
            case CITY -> network == null && city != null && department == null;
            case DEPARTMENT -> network == null && city != null && department != null;
        };
        if (!fits) {
            throw new IllegalArgumentException("Scope does not fit role " + role);
        }
    }

    public static RoleGrant platformAdmin() {
        return new RoleGrant(Role.PLATFORM_ADMIN, null, null, null);
    }

    public static RoleGrant inNetwork(Role role, NetworkId network) {
        return new RoleGrant(role, network, null, null);
    }

    public static RoleGrant inCity(Role role, CityId city) {
        return new RoleGrant(role, null, city, null);
    }

    public static RoleGrant departmentContact(CityId city, DepartmentId department) {
        return new RoleGrant(Role.DEPARTMENT_CONTACT, null, city, department);
    }
}
