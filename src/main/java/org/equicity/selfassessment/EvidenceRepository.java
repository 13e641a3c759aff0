package org.equicity.selfassessment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, UUID> {

    @Query("select e from Evidence e where e.assessmentId = ?1 order by e.addedOn, e.title, e.id")
    List<Evidence> ofAssessment(UUID assessment);
}
