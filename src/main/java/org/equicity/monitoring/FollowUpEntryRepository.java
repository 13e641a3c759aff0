package org.equicity.monitoring;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpEntryRepository extends JpaRepository<FollowUpEntry, UUID> {

    List<FollowUpEntry> findByRecommendationIdInOrderByHeldOnAsc(Collection<UUID> recommendationIds);
}
