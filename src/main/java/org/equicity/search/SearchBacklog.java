package org.equicity.search;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.search.SearchDocument.Source;

/**
 * A plan, practice or report whose search documents must be derived and indexed again; deleted once its index write
 * succeeded.
 */
@Entity
@Table(name = "search_backlog")
class SearchBacklog {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private Source sourceType;

    private UUID sourceId;

    private Instant createdAt;

    protected SearchBacklog() {}

    SearchBacklog(SourceRef source, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.sourceType = source.type();
        this.sourceId = source.id();
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    SourceRef source() {
        return new SourceRef(sourceType, sourceId);
    }

    Instant createdAt() {
        return createdAt;
    }
}
