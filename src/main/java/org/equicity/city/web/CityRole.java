package org.equicity.city.web;

import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.people.Role;
import org.equicity.people.RoleGrant;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;

/** The roles a city hands out itself; the others (network, platform) are not the city's to give. */
enum CityRole {
    CITY_COORDINATOR(Role.CITY_COORDINATOR),
    DEPARTMENT_CONTACT(Role.DEPARTMENT_CONTACT),
    CIVIL_SOCIETY_PARTNER(Role.CIVIL_SOCIETY_PARTNER);

    private final Role role;

    CityRole(Role role) {
        this.role = role;
    }

    /** The role in this city; a department contact also names the department. */
    RoleGrant grant(CityId city, UUID department) {
        if (role != Role.DEPARTMENT_CONTACT) {
            return RoleGrant.inCity(role, city);
        }
        if (department == null) {
            throw new RuleViolationException("city.people.error.department");
        }
        return RoleGrant.departmentContact(city, new DepartmentId(department));
    }

    /** For a new role the department must be one of this very city's. */
    RoleGrant newGrant(CityId city, UUID department, Cities cities) {
        boolean ownDepartment = department != null
                && cities.department(new DepartmentId(department))
                        .filter(found -> found.city().equals(city))
                        .isPresent();
        if (role == Role.DEPARTMENT_CONTACT && !ownDepartment) {
            throw new RuleViolationException("city.people.error.department");
        }
        return grant(city, department);
    }
}
