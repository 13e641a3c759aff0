package org.equicity.network;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NetworkRepository extends JpaRepository<Network, UUID> {

    Optional<Network> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Network> findAllByOrderByNameAsc();

    @Query("select distinct m.network from NetworkMembership m where m.city = :city")
    List<Network> findByMemberCity(UUID city);
}
