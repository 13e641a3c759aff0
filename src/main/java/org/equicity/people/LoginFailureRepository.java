package org.equicity.people;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginFailureRepository extends JpaRepository<LoginFailure, UUID> {

    Optional<LoginFailure> findFirstByKindAndLoginKeyOrderByFailedAtDesc(String kind, String loginKey);

    long countByKindAndLoginKeyAndFailedAtBetween(String kind, String loginKey, Instant from, Instant to);

    @Modifying
    @Query("delete from LoginFailure f where f.kind = :kind and f.loginKey = :key")
    void forget(@Param("kind") String kind, @Param("key") String key);

    @Modifying
    @Query("delete from LoginFailure f where f.failedAt < :before")
    void forgetOlderThan(@Param("before") Instant before);
}
