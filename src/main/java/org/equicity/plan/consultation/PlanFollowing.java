package org.equicity.plan.consultation;

import java.util.List;
import java.util.Locale;
import org.equicity.plan.PlanId;

/**
 * Civil society follows a published plan: each follower is mailed when the plan takes its next step or one of its
 * actions changes status (the changes its public history shows, {@link org.equicity.plan.Plans#publicHistory}).
 */
public interface PlanFollowing {

    /** Whether the signed-in person follows the plan (false for anonymous readers). */
    boolean isFollowing(PlanId plan);

    /**
     * The signed-in person is mailed, in {@code language}, when the published plan or one of its actions changes
     * status. Following twice is following once.
     */
    void follow(PlanId plan, Locale language);

    void unfollow(PlanId plan);

    /** The plans the signed-in person follows, the latest followed first; empty for anonymous readers. */
    List<PlanId> followed();
}
