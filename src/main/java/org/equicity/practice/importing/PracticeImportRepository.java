package org.equicity.practice.importing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.practice.importing.PracticeImports.Status;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PracticeImportRepository extends JpaRepository<PracticeImport, UUID> {

    /** The imports of a document into the network, the latest first. */
    List<PracticeImport> findByNetworkIdAndSourceTitleIgnoreCaseAndStatusOrderByUploadedAtDesc(
            UUID networkId, String sourceTitle, Status status);

    /** Uploads left unimported; an imported one is kept, as the record of its corrections for the next edition. */
    @Modifying
    @Query("delete from PracticeImport i where i.uploadedAt < ?1 and i.status in ?2")
    int deleteUploadedBefore(Instant moment, List<Status> unimported);
}
