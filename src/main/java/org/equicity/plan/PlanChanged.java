package org.equicity.plan;

import java.util.Objects;
import org.equicity.plan.Plans.HistoryEntry;

/**
 * Something in a plan changed: the plan itself, one of its commitments, actions or needs, with the change as its
 * history records it. Published once for each recorded change, in the saving transaction; a save that records several
 * changes (a successor plan copies every commitment and action) publishes one for each.
 */
public record PlanChanged(PlanId plan, HistoryEntry change) {

    public PlanChanged {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(change, "change");
    }
}
