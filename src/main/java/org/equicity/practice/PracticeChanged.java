package org.equicity.practice;

import java.util.Objects;

/**
 * A practice was submitted, edited or changed state. Published in the saving transaction, so listeners acting after
 * commit see committed data only.
 */
public record PracticeChanged(PracticeId practice) {

    public PracticeChanged {
        Objects.requireNonNull(practice, "practice");
    }
}
