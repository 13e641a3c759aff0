package org.equicity.plan.consultation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.city.Cities;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.plan.Plans;
import org.equicity.plan.consultation.PlanFollowing;
import org.springframework.stereotype.Component;

/**
 * The plans a person follows, with where each stands, linking to the plan's public page and its history: on the
 * work list of civil-society partners, and of anyone else who follows a plan.
 */
@Component
class FollowedPlansSection implements WorkListSection {

    private final Cities cities;
    private final Plans plans;
    private final PlanFollowing following;

    FollowedPlansSection(Cities cities, Plans plans, PlanFollowing following) {
        this.cities = cities;
        this.plans = plans;
        this.following = following;
    }

    @Override
    public int order() {
        return 26;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var followed = following.followed();
        var partner = reader.holds(Role.CIVIL_SOCIETY_PARTNER);
        if (followed.isEmpty() && !partner) {
            return Optional.empty();
        }
        var entries = followed.stream()
                .map(plans::tracked)
                .flatMap(plan -> cities.find(plan.city()).stream()
                        .map(city -> new Entry(
                                "/cities/" + city.slug() + "/plans/" + plan.id().value(),
                                "plan.worklist.followed.entry",
                                List.of(plan.title(), city.name()),
                                null,
                                "plan.state." + plan.state(),
                                List.of(),
                                false)))
                .toList();
        return Optional.of(new Section("plan.worklist.followed.heading", "plan.worklist.followed.none", entries));
    }
}
