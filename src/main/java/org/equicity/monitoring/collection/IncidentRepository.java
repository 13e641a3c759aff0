package org.equicity.monitoring.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface IncidentRepository extends JpaRepository<IncidentRecord, UUID> {

    List<IncidentRecord> findByDatasetIdOrderByOccurredInDesc(UUID datasetId);

    List<IncidentRecord> findByDatasetIdAndOccurredInBetween(UUID datasetId, LocalDate from, LocalDate to);

    List<IncidentRecord> findByDatasetIdAndOccurredInBefore(UUID datasetId, LocalDate day);

    long countByDatasetId(UUID datasetId);

    Optional<IncidentRecord> findFirstByDatasetIdOrderByOccurredInAsc(UUID datasetId);
}
