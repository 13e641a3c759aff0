package org.equicity.selfassessment.peerreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import org.equicity.selfassessment.peerreview.PeerReviews.Hearing;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;

/** One piece of evidence from an interview or focus group, as recorded; never changed afterwards. */
@Embeddable
class HeardEvidence {

    @Column(name = "hearing_id", nullable = false)
    private UUID id;

    @Column(nullable = false)
    private String factor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Method method;

    @Column(name = "heard_role", nullable = false)
    private String heardRole;

    @Column(name = "heard_name")
    private @Nullable String heardName;

    @Column(nullable = false)
    private boolean consent;

    @Column(nullable = false)
    private String account;

    @Column(name = "recorded_by", nullable = false)
    private UUID recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HeardEvidence() {}

    HeardEvidence(HearingContent content, PersonId by, Instant now) {
        this.id = UUID.randomUUID();
        this.factor = content.factor();
        this.method = content.method();
        this.heardRole = content.heardRole();
        this.heardName = content.consent() ? content.heardName() : null;
        this.consent = content.consent();
        this.account = content.account();
        this.recordedBy = by.value();
        this.recordedAt = now;
    }

    UUID id() {
        return id;
    }

    String factor() {
        return factor;
    }

    Hearing view() {
        return new Hearing(id, factor, method, heardRole, heardName, account, recordedAt);
    }
}
