package org.equicity.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;

/**
 * The one place every write asks whether the signed-in person may act for a city or a network. The {@code require}
 * methods throw Spring Security's {@code AccessDeniedException}, which pages and the API turn into 403.
 */
public interface Access {

    Optional<CurrentPerson> current();

    /**
     * The cities the signed-in person coordinates, each once, in the order of their grants; empty when nobody is
     * signed in. What a coordinator's work list is gathered over.
     */
    List<CityId> coordinatedCities();

    boolean isPlatformAdmin();

    /** Platform administrators and the city's coordinators manage a city's profile, departments and people. */
    boolean canManageCity(CityId city);

    /** Platform administrators and the network's secretariat manage a network. */
    boolean canManageNetwork(NetworkId network);

    /** Anyone holding any role in the city (coordinator, department contact, civil-society partner). */
    boolean belongsToCity(CityId city);

    /**
     * The city's own people (anyone holding a role in it) and platform administrators: who may read what the city
     * has not published, such as its reports, its people and the history of its profile.
     */
    boolean canReadCity(CityId city);

    boolean isDepartmentContact(CityId city, DepartmentId department);

    /** Holds the reviewer role in the network (its scientific committee). */
    boolean isReviewer(NetworkId network);

    void requirePlatformAdmin();

    void requireCityManagement(CityId city);

    void requireNetworkManagement(NetworkId network);

    /** The signed-in person: who they are and every role they hold. */
    record CurrentPerson(org.equicity.shared.PersonId id, String email, String displayName, Set<RoleGrant> grants) {}
}
