package org.equicity.plan.exchange;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PlanImportRepository extends JpaRepository<PlanImport, UUID> {

    /** Uploads nobody confirmed are dropped after a while rather than kept forever. */
    @Modifying
    @Query("delete from PlanImport i where i.uploadedAt < :before")
    void deleteUploadedBefore(Instant before);
}
