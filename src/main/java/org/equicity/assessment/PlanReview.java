package org.equicity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;

/** How often a plan is reviewed; a plan without one is reviewed every {@link Assessments#DEFAULT_REVIEW_YEARS}. */
@Entity
@Table(name = "plan_review")
class PlanReview {

    @Id
    @Column(name = "plan_id")
    private UUID planId;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(name = "every_years", nullable = false)
    private int everyYears;

    @Version
    private long version;

    protected PlanReview() {}

    PlanReview(PlanId plan, CityId city, int everyYears) {
        this.planId = plan.value();
        this.cityId = city.value();
        this.everyYears = everyYears;
    }

    int everyYears() {
        return everyYears;
    }

    void every(int years) {
        everyYears = years;
    }
}
