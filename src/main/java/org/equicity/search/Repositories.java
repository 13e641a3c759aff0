package org.equicity.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.search.SearchDocument.Source;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchDocumentRepository extends JpaRepository<SearchDocument, UUID> {

    List<SearchDocument> findBySourceTypeAndSourceId(Source sourceType, UUID sourceId);

    @Query("select distinct new org.equicity.search.SourceRef(d.sourceType, d.sourceId) from SearchDocument d"
            + " where d.archivePending = true and d.updatedAt < :arrival")
    List<SourceRef> findSourcesWithArchivePendingDerivedBefore(Instant arrival, Limit limit);
}

interface SearchBacklogRepository extends JpaRepository<SearchBacklog, UUID> {

    List<SearchBacklog> findBySourceTypeAndSourceId(Source sourceType, UUID sourceId);

    @Query("select distinct new org.equicity.search.SourceRef(b.sourceType, b.sourceId) from SearchBacklog b"
            + " where b.createdAt < :before")
    List<SourceRef> findSourcesWaitingSince(Instant before, Limit limit);
}
