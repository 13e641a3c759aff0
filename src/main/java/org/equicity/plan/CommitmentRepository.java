package org.equicity.plan;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, UUID> {

    List<Commitment> findByPlanIdOrderByPosition(UUID planId);
}
