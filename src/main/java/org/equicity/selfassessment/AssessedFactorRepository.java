package org.equicity.selfassessment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessedFactorRepository extends JpaRepository<AssessedFactor, UUID> {

    @Query("select f from AssessedFactor f where f.assessmentId = ?1 order by f.position")
    List<AssessedFactor> ofAssessment(UUID assessment);

    @Query("select f from AssessedFactor f where f.assessmentId = ?1 and f.factor = ?2")
    Optional<AssessedFactor> find(UUID assessment, String factor);
}
