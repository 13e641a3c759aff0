package org.equicity.plan.web;

import org.equicity.city.Cities;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The published plans of a city. A plan appears here from its adoption on (its own page, with the form to follow it,
 * is in {@code plan.consultation.web}).
 */
@Controller
class PublicPlanPages {

    private final Plans plans;
    private final Cities cities;

    PublicPlanPages(Plans plans, Cities cities) {
        this.plans = plans;
        this.cities = cities;
    }

    @GetMapping("/cities/{citySlug}/plans")
    String list(@PathVariable String citySlug, Model model) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        model.addAttribute("city", city);
        model.addAttribute(
                "plans",
                plans.ofCity(city.id()).stream()
                        .filter(plan -> plan.state().isPublic())
                        .toList());
        return "plan/public-list";
    }
}
