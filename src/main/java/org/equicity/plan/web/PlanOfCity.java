package org.equicity.plan.web;

import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PathArgument;
import org.springframework.context.annotation.Configuration;

/**
 * "This plan of that city, or 404": a page handler of the plan module or of its nested modules declares a
 * {@link PlanView} parameter and gets the plan of {@code {planId}}, provided it is a plan of the city of
 * {@code {citySlug}}; another city's plan is not found under this city's address. The plan is shown to the template
 * as {@code plan}. Who may read it is decided as before: by the pages' city check and by the facade (403).
 */
@Configuration(proxyBeanMethods = false)
class PlanOfCity extends PathArgument<PlanView> {

    private final Cities cities;
    private final Plans plans;

    PlanOfCity(Cities cities, Plans plans) {
        super(PlanView.class, "plan");
        this.cities = cities;
        this.plans = plans;
    }

    @Override
    protected PlanView load(Map<String, String> variables) {
        var slug = variables.get("citySlug");
        var text = variables.get("planId");
        var city = cities.findBySlug(slug == null ? "" : slug).orElseThrow(() -> new NotFoundException("City", slug));
        UUID planId;
        try {
            planId = UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            throw new NotFoundException("Plan", text);
        }
        var plan = plans.plan(new PlanId(planId));
        if (!plan.city().equals(city.id())) {
            throw new NotFoundException("Plan", planId);
        }
        return plan;
    }
}
