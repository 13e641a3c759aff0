package org.equicity.selfassessment.peerreview;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.jspecify.annotations.Nullable;

/** The team's conclusions and recommendations on one key factor. */
@Embeddable
class FactorConclusion {

    @Column(nullable = false)
    private String factor;

    private @Nullable String conclusions;

    private @Nullable String recommendations;

    protected FactorConclusion() {}

    FactorConclusion(String factor, ConclusionContent content) {
        this.factor = factor;
        write(content);
    }

    String factor() {
        return factor;
    }

    void write(ConclusionContent content) {
        this.conclusions = content.conclusions();
        this.recommendations = content.recommendations();
    }

    ConclusionContent content() {
        return new ConclusionContent(conclusions, recommendations);
    }

    boolean isWritten() {
        return conclusions != null || recommendations != null;
    }
}
