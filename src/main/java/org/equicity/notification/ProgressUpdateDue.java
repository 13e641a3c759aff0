package org.equicity.notification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;

/**
 * The progress update of an action of a running plan falls due on {@code due} (soon, or lately passed), so that the
 * contacts of its responsible {@code departments} are told. Published by plan.tracking's daily job, again each day
 * while it stays due (the notice goes once); declared here because a nested module's types are not visible outside
 * its parent.
 */
public record ProgressUpdateDue(
        PlanId plan,
        CityId city,
        String planTitle,
        ActionId action,
        String actionTitle,
        Set<DepartmentId> departments,
        LocalDate due) {

    public ProgressUpdateDue {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(planTitle, "plan title");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actionTitle, "action title");
        departments = Set.copyOf(departments);
        Objects.requireNonNull(due, "due");
    }
}
