package org.equicity.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchDocumentRepository extends JpaRepository<SearchDocument, UUID> {

    List<SearchDocument> findByPlanId(UUID planId);

    @Query("select distinct d.planId from SearchDocument d where d.archivePending = true and d.planId is not null")
    List<UUID> findPlansWithArchivePending(Limit limit);
}

interface SearchBacklogRepository extends JpaRepository<SearchBacklog, UUID> {

    List<SearchBacklog> findByPlanId(UUID planId);

    @Query("select distinct b.planId from SearchBacklog b where b.createdAt < :before")
    List<UUID> findPlansWaitingSince(Instant before, Limit limit);
}
