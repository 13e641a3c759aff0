package org.equicity.practice;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributorRepository extends JpaRepository<Contributor, UUID> {

    List<Contributor> findByNetworkIdOrderByName(UUID networkId);

    List<Contributor> findAllByOrderByName();

    boolean existsByNetworkIdAndNameIgnoreCase(UUID networkId, String name);
}
