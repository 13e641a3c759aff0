package org.equicity.city.web;

import java.util.UUID;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** The roles a city hands out itself; the others (network, platform) are not the city's to give. */
enum CityRole {
    CITY_COORDINATOR(Role.CITY_COORDINATOR),
    DEPARTMENT_CONTACT(Role.DEPARTMENT_CONTACT),
    CIVIL_SOCIETY_PARTNER(Role.CIVIL_SOCIETY_PARTNER);

    private final Role role;

    CityRole(Role role) {
        this.role = role;
    }

    /**
     * The role in this city; a department contact also names the department, which the people facade checks is one
     * of this city's.
     */
    RoleGrant grant(CityId city, @Nullable UUID department) {
        if (role != Role.DEPARTMENT_CONTACT) {
            return RoleGrant.inCity(role, city);
        }
        if (department == null) {
            throw RuleViolationException.about("department", "city.people.error.department");
        }
        return RoleGrant.departmentContact(city, new DepartmentId(department));
    }
}
