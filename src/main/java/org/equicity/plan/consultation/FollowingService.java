package org.equicity.plan.consultation;

import java.util.List;
import java.util.Locale;
import org.equicity.plan.PlanId;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;

@Service
class FollowingService implements PlanFollowing {

    private final Followers followers;

    FollowingService(Followers followers) {
        this.followers = followers;
    }

    @Override
    public boolean isFollowing(PlanId plan) {
        return followers.isFollowing(plan);
    }

    /**
     * Following twice is following: outside a transaction of its own, so that when the same person's second click
     * lost the race for the one follower row (refused at commit), the row the first click made answers it.
     */
    @Override
    public void follow(PlanId plan, Locale language) {
        try {
            followers.follow(plan, language);
        } catch (DataIntegrityViolationException lostTheRace) {
            if (!followers.isFollowing(plan)) {
                throw lostTheRace;
            }
        }
    }

    @Override
    public List<PlanId> followed() {
        return followers.followed();
    }

    @Override
    public void unfollow(PlanId plan) {
        followers.unfollow(plan);
    }
}
