package org.equicity.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeRepository extends JpaRepository<Programme, UUID> {

    List<Programme> findByCityIdOrderBySetUpAtDesc(UUID cityId);

    boolean existsByPreviousId(UUID previousId);

    Optional<Programme> findByPreviousId(UUID previousId);
}
