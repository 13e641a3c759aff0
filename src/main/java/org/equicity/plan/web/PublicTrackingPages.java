package org.equicity.plan.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTracking;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The coverage and the progress of a published plan, public from its adoption on like the plan itself. */
@Controller
class PublicTrackingPages {

    private final Plans plans;
    private final PlanTracking tracking;
    private final Cities cities;

    PublicTrackingPages(Plans plans, PlanTracking tracking, Cities cities) {
        this.plans = plans;
        this.tracking = tracking;
        this.cities = cities;
    }

    @GetMapping("/cities/{citySlug}/plans/{planId}/coverage")
    String coverage(@PathVariable String citySlug, @PathVariable UUID planId, Locale locale, Model model) {
        var plan = published(citySlug, planId, model);
        model.addAttribute("coverage", tracking.coverage(plan, locale));
        return "plan/coverage";
    }

    @GetMapping("/cities/{citySlug}/plans/{planId}/progress")
    String progress(@PathVariable String citySlug, @PathVariable UUID planId, Locale locale, Model model) {
        var plan = published(citySlug, planId, model);
        model.addAttribute("progress", tracking.progress(plan, locale));
        return "plan/progress";
    }

    private PlanId published(String citySlug, UUID planId, Model model) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        var view = plans.plan(new PlanId(planId));
        if (!view.city().equals(city.id()) || !view.state().isPublic()) {
            throw new NotFoundException("Plan", planId);
        }
        model.addAttribute("city", city);
        model.addAttribute("plan", view);
        model.addAttribute("public", true);
        return view.id();
    }
}
