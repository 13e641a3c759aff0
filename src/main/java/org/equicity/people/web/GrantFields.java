package org.equicity.people.web;

import java.util.UUID;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;

/** A role and its scope as forms and API requests send them; a scope that does not fit the role is a 422. */
record GrantFields(Role role, UUID networkId, UUID cityId, UUID departmentId) {

    static GrantFields of(RoleGrant grant) {
        return new GrantFields(
                grant.role(),
                grant.network() == null ? null : grant.network().value(),
                grant.city() == null ? null : grant.city().value(),
                grant.department() == null ? null : grant.department().value());
    }

    RoleGrant toGrant() {
        if (role == null) {
            throw new RuleViolationException("people.grant.role-required");
        }
        try {
            return new RoleGrant(
                    role,
                    networkId == null ? null : new NetworkId(networkId),
                    cityId == null ? null : new CityId(cityId),
                    departmentId == null ? null : new DepartmentId(departmentId));
        } catch (IllegalArgumentException ex) {
            throw new RuleViolationException("people.grant.scope");
        }
    }
}
