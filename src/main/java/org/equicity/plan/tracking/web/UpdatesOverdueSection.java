package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equicity.people.WorkListSection;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.equicity.plan.tracking.PlanTracking;
import org.springframework.stereotype.Component;

/**
 * On a coordinator's work list: the actions of their cities' running plans whose progress update is overdue, those
 * never updated called out, linking to the action's progress page.
 */
@Component
class UpdatesOverdueSection implements WorkListSection {

    private static final Set<PlanState> RUNNING = Set.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION);

    private final Plans plans;
    private final PlanTracking tracking;

    UpdatesOverdueSection(Plans plans, PlanTracking tracking) {
        this.plans = plans;
        this.tracking = tracking;
    }

    @Override
    public int order() {
        return 22;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var coordinated = reader.coordinated();
        if (coordinated.isEmpty()) {
            return Optional.empty();
        }
        var entries = coordinated.stream()
                .flatMap(city -> plans.ofCity(city.id()).stream()
                        .filter(plan -> RUNNING.contains(plan.state()))
                        .flatMap(plan -> tracking.attention(plan.id(), today).overdueUpdates().stream()
                                .map(action -> new Entry(
                                        "/manage/cities/" + city.slug() + "/plans/"
                                                + plan.id().value() + "/actions/"
                                                + action.id().value() + "/progress",
                                        "plan.worklist.overdue.entry",
                                        List.of(action.title(), plan.title(), city.name()),
                                        null,
                                        action.lastUpdate() == null
                                                ? "plan.worklist.overdue.never"
                                                : "plan.worklist.overdue.since",
                                        List.of(action.updateDue()),
                                        true))))
                .toList();
        return Optional.of(new Section("plan.worklist.overdue.heading", "plan.worklist.overdue.none", entries));
    }
}
