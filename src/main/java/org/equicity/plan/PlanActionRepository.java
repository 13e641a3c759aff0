package org.equicity.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanActionRepository extends JpaRepository<PlanAction, UUID> {

    List<PlanAction> findByPlanIdOrderByPosition(UUID planId);

    long countByCommitmentId(UUID commitmentId);
}
