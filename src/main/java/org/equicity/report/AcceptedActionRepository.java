package org.equicity.report;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface AcceptedActionRepository extends JpaRepository<AcceptedActionRecord, UUID> {

    @EntityGraph(attributePaths = "fields")
    List<AcceptedActionRecord> findByCycleIdOrderByTitle(UUID cycleId);
}
