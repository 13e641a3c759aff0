package org.equicity.city;

import java.util.Optional;
import org.equicity.people.DepartmentDirectory;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the people module whose a department is; reads the repository, since the city facade needs people. */
@Component
@Transactional(readOnly = true)
class DepartmentOwners implements DepartmentDirectory {

    private final DepartmentRepository departments;

    DepartmentOwners(DepartmentRepository departments) {
        this.departments = departments;
    }

    @Override
    public Optional<CityId> cityOf(DepartmentId department) {
        return departments
                .findById(department.value())
                .map(found -> found.summary().city());
    }
}
