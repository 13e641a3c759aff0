package org.equicity.plan;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRepository extends JpaRepository<Plan, UUID> {

    List<Plan> findByCityIdOrderByStartYearDescCreatedAtDesc(UUID cityId);

    List<Plan> findByStateInOrderByDecisionDateDescCreatedAtDesc(Collection<PlanState> states, Pageable page);
}
