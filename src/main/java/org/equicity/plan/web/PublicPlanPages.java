package org.equicity.plan.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The published plans of a city. A plan appears here from its adoption on; before that its address answers 404 to
 * everyone, the city's own people included, so that nobody mistakes a draft for the city's word.
 */
@Controller
class PublicPlanPages {

    private final Plans plans;
    private final Cities cities;
    private final Translations translations;

    PublicPlanPages(Plans plans, Cities cities, Translations translations) {
        this.plans = plans;
        this.cities = cities;
        this.translations = translations;
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

    @GetMapping("/cities/{citySlug}/plans/{planId}")
    String plan(
            @PathVariable String citySlug,
            @PathVariable UUID planId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        var view = plans.plan(new PlanId(planId));
        if (!view.city().equals(city.id()) || !view.state().isPublic()) {
            throw new NotFoundException("Plan", planId);
        }
        model.addAttribute("city", city);
        model.addAttribute("plan", view);
        model.addAttribute("texts", translations.forReader(PlanTexts.of(view), locale, originals));
        model.addAttribute("history", plans.publicHistory(view.id()));
        model.addAttribute("following", plans.isFollowing(view.id()));
        return "plan/public";
    }
}
