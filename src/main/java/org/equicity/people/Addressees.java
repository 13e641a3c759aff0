package org.equicity.people;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;

/**
 * Whom the platform tells of something on its own, after the change that caused it: active people with the language
 * each reads. For background work only (listeners, scheduled jobs), which has no signed-in reader to ask; a web
 * request is refused, since these answers pass no access rule.
 */
public interface Addressees {

    /** The person, if their account exists and is active. */
    Optional<Addressee> person(PersonId person);

    /** The active people holding one of {@code roles} in the city (a department contact's role counts for its city). */
    List<Addressee> inCity(CityId city, Set<Role> roles);

    /** The active contacts of the city's {@code departments}. */
    List<Addressee> contactsOf(CityId city, Set<DepartmentId> departments);

    /** The active people holding {@code role} in the network. */
    List<Addressee> inNetwork(NetworkId network, Role role);

    record Addressee(PersonId person, String email, String displayName, String language) {}
}
