package org.equicity.selfassessment.peerreview;

import java.util.Objects;
import java.util.UUID;
import org.equicity.shared.Identifier;

/** Identifies a peer review across modules and in addresses. */
public record PeerReviewId(UUID value) implements Identifier {

    public PeerReviewId {
        Objects.requireNonNull(value, "PeerReviewId");
    }
}
