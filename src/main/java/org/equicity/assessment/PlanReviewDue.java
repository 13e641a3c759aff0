package org.equicity.assessment;

import java.time.LocalDate;
import java.util.Objects;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;

/**
 * A running plan's review (step 12: assessing it against its objectives) falls due on {@code due}, soon or lately,
 * so that the city's coordinators are told. Published by the daily reminder job, again each day while it stays in
 * the window; whoever tells people tells them once.
 */
public record PlanReviewDue(PlanId plan, CityId city, String planTitle, LocalDate due) {

    public PlanReviewDue {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(planTitle, "plan title");
        Objects.requireNonNull(due, "due");
    }
}
