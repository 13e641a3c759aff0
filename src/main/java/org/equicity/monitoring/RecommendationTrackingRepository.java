package org.equicity.monitoring;

import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.FollowUps.Status;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationTrackingRepository extends JpaRepository<RecommendationTracking, UUID> {

    List<RecommendationTracking> findByProgrammeIdOrderByPosition(UUID programmeId);

    List<RecommendationTracking> findByCityIdAndStatusIn(UUID cityId, List<Status> statuses);
}
