package org.equicity.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A plan whose search documents must be derived and indexed again; deleted once its index write succeeded. */
@Entity
@Table(name = "search_backlog")
class SearchBacklog {

    @Id
    private UUID id;

    private UUID planId;

    private Instant createdAt;

    protected SearchBacklog() {}

    SearchBacklog(UUID planId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.createdAt = createdAt;
    }

    UUID id() {
        return id;
    }

    UUID planId() {
        return planId;
    }

    Instant createdAt() {
        return createdAt;
    }
}
