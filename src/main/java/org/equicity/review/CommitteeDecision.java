package org.equicity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.practice.PracticeId;
import org.equicity.review.Reviews.Decision;
import org.equicity.review.Reviews.DecisionView;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** The scientific committee's decision on a practice, as the secretariat recorded it; taken once, never edited. */
@Entity
@Table(name = "review_decision")
class CommitteeDecision {

    @Id
    @Column(name = "practice_id")
    private UUID practiceId;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Decision decision;

    private @Nullable String note;

    @Column(name = "decided_by", nullable = false)
    private UUID decidedBy;

    @Column(name = "decided_by_name", nullable = false)
    private String decidedByName;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected CommitteeDecision() {}

    CommitteeDecision(
            PracticeId practice,
            NetworkId network,
            Decision decision,
            @Nullable String note,
            PersonId decidedBy,
            String decidedByName,
            Instant decidedAt) {
        this.practiceId = practice.value();
        this.networkId = network.value();
        this.decision = decision;
        this.note = note;
        this.decidedBy = decidedBy.value();
        this.decidedByName = decidedByName;
        this.decidedAt = decidedAt;
    }

    DecisionView view() {
        return new DecisionView(decision, note, decidedByName, decidedAt);
    }
}
