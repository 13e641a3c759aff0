package org.equicity.selfassessment;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceFileRepository extends JpaRepository<EvidenceFile, UUID> {}
