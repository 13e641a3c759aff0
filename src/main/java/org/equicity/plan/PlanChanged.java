package org.equicity.plan;

import java.util.Objects;

/**
 * Something in a plan changed: the plan itself, one of its commitments, actions or needs. Published in the saving
 * transaction, so listeners that act after commit see committed data only; one save may publish it several times.
 */
public record PlanChanged(PlanId plan) {

    public PlanChanged {
        Objects.requireNonNull(plan, "plan");
    }
}
