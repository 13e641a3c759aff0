package org.equicity.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeedRepository extends JpaRepository<Need, UUID> {

    List<Need> findByPlanIdOrderByHeldOnAscDescriptionAsc(UUID planId);
}
