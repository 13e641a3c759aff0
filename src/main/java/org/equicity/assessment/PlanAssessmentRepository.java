package org.equicity.assessment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanAssessmentRepository extends JpaRepository<PlanAssessment, UUID> {

    @Query("select a from PlanAssessment a where a.planId = ?1 order by a.year desc, a.kind desc")
    List<PlanAssessment> ofPlan(UUID plan);
}
