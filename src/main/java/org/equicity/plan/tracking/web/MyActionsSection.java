package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.plan.tracking.PlanTracking;
import org.springframework.stereotype.Component;

/** On a department contact's work list: their department's actions and when each progress update is due. */
@Component
class MyActionsSection implements WorkListSection {

    private final PlanTracking tracking;

    MyActionsSection(PlanTracking tracking) {
        this.tracking = tracking;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var contact = reader.holds(Role.DEPARTMENT_CONTACT);
        if (!contact) {
            return Optional.empty();
        }
        var entries = tracking.myActions(today).stream()
                .map(action -> new Entry(
                        "/manage/cities/" + action.citySlug() + "/plans/"
                                + action.plan().value() + "/actions/"
                                + action.id().value() + "/progress",
                        "site.me.actions.entry",
                        List.of(action.title(), action.planTitle(), action.cityName()),
                        null,
                        action.overdue() ? "site.me.actions.overdue" : "site.me.actions.due",
                        List.of(action.updateDue()),
                        action.overdue()))
                .toList();
        return Optional.of(new Section("site.me.actions.heading", "site.me.actions.none", entries));
    }
}
