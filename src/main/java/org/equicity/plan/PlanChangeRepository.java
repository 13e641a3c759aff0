package org.equicity.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanChangeRepository extends JpaRepository<PlanChange, UUID> {

    List<PlanChange> findByPlanIdOrderByChangedAtDesc(UUID planId);
}
