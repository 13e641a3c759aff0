package org.equicity.selfassessment;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, UUID> {

    @Query("select a from SelfAssessment a where a.cityId = ?1 order by a.startedOn desc, a.id")
    List<SelfAssessment> ofCity(UUID city);

    /** Signed off against the framework, the baseline (the first) first. */
    @Query("select a from SelfAssessment a where a.cityId = ?1 and a.framework = ?2"
            + " and a.state = org.equicity.selfassessment.SelfAssessments.State.SIGNED_OFF"
            + " order by a.signedOffAt, a.id")
    List<SelfAssessment> signedOff(UUID city, String framework);
}
