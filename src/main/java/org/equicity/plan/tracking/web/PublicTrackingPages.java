package org.equicity.plan.tracking.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.tracking.PlanTracking;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The coverage and the progress of a published plan, public from its adoption on like the plan itself. */
@Controller
class PublicTrackingPages {

    private final Plans plans;
    private final PlanTracking tracking;
    private final Cities cities;
    private final Translations translations;

    PublicTrackingPages(Plans plans, PlanTracking tracking, Cities cities, Translations translations) {
        this.plans = plans;
        this.tracking = tracking;
        this.cities = cities;
        this.translations = translations;
    }

    @GetMapping("/cities/{citySlug}/plans/{planId}/coverage")
    String coverage(@PathVariable String citySlug, @PathVariable UUID planId, Locale locale, Model model) {
        var plan = published(citySlug, planId, model);
        model.addAttribute("coverage", tracking.coverage(plan.id(), locale));
        return "plan/coverage";
    }

    @GetMapping("/cities/{citySlug}/plans/{planId}/progress")
    String progress(
            @PathVariable String citySlug,
            @PathVariable UUID planId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var plan = published(citySlug, planId, model);
        model.addAttribute("progress", tracking.progress(plan.id(), locale));
        model.addAttribute("texts", translations.forReader(PlanTexts.progressTitles(plan), locale, originals));
        return "plan/progress";
    }

    private PlanView published(String citySlug, UUID planId, Model model) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        var view = plans.plan(new PlanId(planId));
        if (!view.city().equals(city.id()) || !view.state().isPublic()) {
            throw new NotFoundException("Plan", planId);
        }
        model.addAttribute("city", city);
        model.addAttribute("plan", view);
        model.addAttribute("public", true);
        return view;
    }
}
