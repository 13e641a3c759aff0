package org.equicity.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, UUID> {

    List<ProgressUpdate> findByPlanId(UUID planId);

    List<ProgressUpdate> findByActionIdOrderByReportedOnDescRecordedAtDesc(UUID actionId);

    long countByActionId(UUID actionId);
}
