package org.equicity.plan.tracking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.people.Access;
import org.equicity.people.Role;
import org.equicity.plan.Plans;
import org.equicity.plan.tracking.PlanTracking.MyAction;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of the signed-in person's departments in the plans being implemented, across the cities the person is
 * a department contact of: the "my actions" page.
 */
@Component
@Transactional(readOnly = true)
class MyActions {

    private final Plans plans;
    private final ProgressUpdateRepository updates;
    private final Access access;
    private final Cities cities;

    MyActions(Plans plans, ProgressUpdateRepository updates, Access access, Cities cities) {
        this.plans = plans;
        this.updates = updates;
        this.access = access;
        this.cities = cities;
    }

    List<MyAction> of(LocalDate today) {
        var me = access.current();
        if (me.isEmpty()) {
            return List.of();
        }
        Map<CityId, Set<String>> mine = me.get().grants().stream()
                .filter(grant -> grant.role() == Role.DEPARTMENT_CONTACT)
                .collect(Collectors.groupingBy(
                        grant -> grant.city(),
                        Collectors.mapping(grant -> grant.department().value().toString(), Collectors.toSet())));
        var result = new ArrayList<MyAction>();
        mine.forEach((cityId, departments) -> cities.find(cityId).ifPresent(city -> {
            for (var summary : plans.ofCity(cityId)) {
                if (!PlanTrackingService.TRACKED.contains(summary.state())) {
                    continue;
                }
                var plan = plans.tracked(summary.id());
                var latest = updates.latestByAction(plan.id());
                for (var action : plan.actions()) {
                    var content = action.content();
                    boolean ours = content.responsibleDepartments().stream()
                            .anyMatch(department ->
                                    departments.contains(department.value().toString()));
                    if (!ours) {
                        continue;
                    }
                    var last = latest.get(action.id());
                    var due = PlanFigures.due(plan, action.cadenceMonths(), content, last);
                    result.add(new MyAction(
                            cityId,
                            city.slug(),
                            city.name(),
                            plan.id(),
                            plan.title(),
                            action.id(),
                            content.title(),
                            content.status(),
                            content.progress(),
                            last,
                            due,
                            !content.status().isFinished() && due.isBefore(today)));
                }
            }
        }));
        result.sort(Comparator.comparing((MyAction action) -> action.status().isFinished())
                .thenComparing(MyAction::updateDue));
        return result;
    }
}
