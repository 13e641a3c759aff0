package org.equicity.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.monitoring.FollowUps.FollowUp;
import org.equicity.monitoring.FollowUps.FollowUpId;
import org.equicity.monitoring.FollowUps.FollowUpNote;
import org.equicity.monitoring.FollowUps.RecommendationId;

/** One follow-up of a recommendation: when, by which of the chapter's methods, and what came of it. */
@Entity
@Table(name = "monitoring_follow_up")
class FollowUpEntry {

    @Id
    private UUID id;

    @Column(name = "recommendation_id", nullable = false, updatable = false)
    private UUID recommendationId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String method;

    @Column(nullable = false)
    private String notes;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected FollowUpEntry() {}

    FollowUpEntry(RecommendationId recommendation, FollowUpNote note, Instant now) {
        this.id = UUID.randomUUID();
        this.recommendationId = recommendation.value();
        this.heldOn = note.heldOn();
        this.method = note.method();
        this.notes = note.notes();
        this.recordedAt = now;
    }

    UUID recommendation() {
        return recommendationId;
    }

    FollowUp view() {
        return new FollowUp(new FollowUpId(id), heldOn, method, notes, recordedAt);
    }
}
