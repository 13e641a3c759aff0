package org.equicity.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/**
 * How a new plan builds on the previous one: every commitment is copied, and every action not yet completed or
 * discontinued is carried over under the copy of its commitment; each copy keeps a link to its original, so that a
 * city's work reads as one story across plans.
 */
final class Succession {

    record Copies(List<Commitment> commitments, List<PlanAction> actions) {}

    private Succession() {}

    static Copies copy(PlanId successor, List<Commitment> commitments, List<PlanAction> actions) {
        var copied = new ArrayList<Commitment>();
        var copyOf = new HashMap<CommitmentId, CommitmentId>();
        for (var commitment : commitments) {
            var copy = commitment.copyInto(successor);
            copied.add(copy);
            copyOf.put(commitment.id(), copy.id());
        }
        var carried = actions.stream()
                .filter(PlanAction::isUnfinished)
                .map(action -> action.carryOverTo(successor, copyOf.get(action.commitment())))
                .toList();
        return new Copies(copied, carried);
    }
}
