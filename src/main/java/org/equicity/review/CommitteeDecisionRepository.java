package org.equicity.review;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeDecisionRepository extends JpaRepository<CommitteeDecision, UUID> {}
