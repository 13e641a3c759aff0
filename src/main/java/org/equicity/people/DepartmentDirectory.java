package org.equicity.people;

import java.util.Optional;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;

/**
 * Which city a department belongs to. The city module answers it, so that the people module can refuse a
 * department contact role in another city's department without depending on the city module.
 */
public interface DepartmentDirectory {

    Optional<CityId> cityOf(DepartmentId department);
}
