package org.equicity.people;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.equicity.people.Accounts.LinkPurpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OneTimeLinkRepository extends JpaRepository<OneTimeLink, UUID> {

    Optional<OneTimeLink> findByTokenHash(String tokenHash);

    long countByPersonAndPurposeAndCreatedAtAfter(Person person, LinkPurpose purpose, Instant after);

    boolean existsByPersonAndPurposeAndUsedAtIsNullAndExpiresAtAfter(Person person, LinkPurpose purpose, Instant now);

    /** A new link of the same kind replaces the older ones: only the latest mail works. */
    @Modifying
    @Query("update OneTimeLink l set l.usedAt = :now"
            + " where l.person = :person and l.purpose = :purpose and l.usedAt is null")
    void retireOpen(@Param("person") Person person, @Param("purpose") LinkPurpose purpose, @Param("now") Instant now);
}
