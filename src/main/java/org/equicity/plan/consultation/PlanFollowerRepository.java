package org.equicity.plan.consultation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanFollowerRepository extends JpaRepository<PlanFollower, UUID> {

    List<PlanFollower> findByPlanId(UUID planId);

    Optional<PlanFollower> findByPlanIdAndPersonId(UUID planId, UUID personId);

    List<PlanFollower> findByPersonIdOrderByFollowedAtDesc(UUID personId);
}
