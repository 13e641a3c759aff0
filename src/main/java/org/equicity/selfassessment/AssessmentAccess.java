package org.equicity.selfassessment;

import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.shared.CityId;
import org.equicity.shared.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a city's self-assessments. Its people (and platform administrators) read them; its
 * coordinators and department contacts contribute, as the people who know the city's practice department by
 * department; a civil-society partner reads, as a partner of the city, but the assessment is the city's own word.
 * The coordinators start, sign off, share and plan.
 */
@Component
class AssessmentAccess {

    private final Access access;

    AssessmentAccess(Access access) {
        this.access = access;
    }

    boolean canRead(CityId city) {
        return access.canReadCity(city);
    }

    boolean canContribute(CityId city) {
        return access.canManageCity(city)
                || access.current().stream()
                        .flatMap(me -> me.grants().stream())
                        .anyMatch(grant -> grant.role() == Role.DEPARTMENT_CONTACT && city.equals(grant.city()));
    }

    boolean canCoordinate(CityId city) {
        return access.canManageCity(city);
    }

    void requireRead(CityId city) {
        if (!canRead(city)) {
            throw new AccessDeniedException("A city's self-assessments are read by its people");
        }
    }

    void requireContribute(CityId city) {
        if (!canContribute(city)) {
            throw new AccessDeniedException("The city's coordinators and department contacts contribute");
        }
    }

    void requireCoordinate(CityId city) {
        access.requireCityManagement(city);
    }

    PersonId me() {
        return access.current()
                .map(Access.CurrentPerson::id)
                .orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }
}
