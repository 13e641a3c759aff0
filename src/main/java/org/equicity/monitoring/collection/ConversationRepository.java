package org.equicity.monitoring.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<ConversationRecord, UUID> {

    List<ConversationRecord> findByDatasetIdOrderByHeldOnDesc(UUID datasetId);

    List<ConversationRecord> findByDatasetIdAndHeldOnBefore(UUID datasetId, LocalDate day);

    long countByDatasetId(UUID datasetId);

    Optional<ConversationRecord> findFirstByDatasetIdOrderByHeldOnAsc(UUID datasetId);
}
