package org.equicity.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByEmail(String email);

    @Query("select distinct g.person from GrantRow g where g.grant.city = :city order by g.person.displayName")
    List<Person> holdingRolesInCity(@Param("city") UUID city);

    @Query("select distinct g.person from GrantRow g where g.grant.network = :network order by g.person.displayName")
    List<Person> holdingRolesInNetwork(@Param("network") UUID network);

    /** Whether some platform administrator can sign in with a password. */
    @Query("select count(g) > 0 from GrantRow g where g.grant.role = org.equicity.people.Role.PLATFORM_ADMIN"
            + " and g.person.active = true and g.person.passwordHash is not null")
    boolean anyPlatformAdminWithPassword();

    @Query("select count(g) > 0 from GrantRow g where g.grant.role = org.equicity.people.Role.PLATFORM_ADMIN"
            + " and g.person.active = true and g.person.id <> :person")
    boolean anotherActivePlatformAdmin(@Param("person") UUID person);
}
