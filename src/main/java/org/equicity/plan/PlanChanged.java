package org.equicity.plan;

import java.util.Objects;
import org.equicity.plan.Plans.HistoryEntry;

/**
 * Something in a plan changed: the plan itself, one of its commitments, actions or needs; {@code change} is the
 * change as the plan's history records it. Published in the saving transaction, so listeners that act after commit
 * see committed data only; one save may publish it several times.
 */
public record PlanChanged(PlanId plan, HistoryEntry change) {

    public PlanChanged {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(change, "change");
    }

    /** Whether the public hears of the change: it is part of the plan's public history. */
    public boolean isPublic() {
        return PublicHistory.publicPart(change).isPresent();
    }
}
