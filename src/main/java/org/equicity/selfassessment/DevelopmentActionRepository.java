package org.equicity.selfassessment;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DevelopmentActionRepository extends JpaRepository<DevelopmentAction, UUID> {

    @Query("select d from DevelopmentAction d where d.assessmentId in ?1 order by d.due nulls last, d.title, d.id")
    List<DevelopmentAction> ofAssessments(Collection<UUID> assessments);
}
