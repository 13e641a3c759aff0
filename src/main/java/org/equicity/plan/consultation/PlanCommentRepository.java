package org.equicity.plan.consultation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanCommentRepository extends JpaRepository<PlanComment, UUID> {

    @EntityGraph(attributePaths = "answers")
    List<PlanComment> findByPlanIdOrderByCreatedAtAsc(UUID planId);
}
