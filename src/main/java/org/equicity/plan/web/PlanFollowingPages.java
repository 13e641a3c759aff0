package org.equicity.plan.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Following a published plan from its public page. Anyone signed in may follow any published plan: it changes
 * nothing of the city's, only whom the platform mails.
 */
@Controller
@RequestMapping("/cities/{citySlug}/plans/{planId}")
class PlanFollowingPages {

    private final Plans plans;
    private final Cities cities;

    PlanFollowingPages(Plans plans, Cities cities) {
        this.plans = plans;
        this.cities = cities;
    }

    @PostMapping("/follow")
    String follow(
            @PathVariable String citySlug, @PathVariable UUID planId, Locale locale, RedirectAttributes redirect) {
        var city = city(citySlug);
        var plan = published(city, planId);
        plans.follow(plan, locale);
        redirect.addFlashAttribute("notice", "plan.notice.following");
        return "redirect:/cities/" + city.slug() + "/plans/" + planId + "#follow-heading";
    }

    @PostMapping("/unfollow")
    String unfollow(@PathVariable String citySlug, @PathVariable UUID planId, RedirectAttributes redirect) {
        var city = city(citySlug);
        var plan = published(city, planId);
        plans.unfollow(plan);
        redirect.addFlashAttribute("notice", "plan.notice.unfollowed");
        return "redirect:/cities/" + city.slug() + "/plans/" + planId + "#follow-heading";
    }

    private CitySummary city(String slug) {
        return cities.findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
    }

    private PlanId published(CitySummary city, UUID planId) {
        var view = plans.plan(new PlanId(planId));
        if (!view.city().equals(city.id()) || !view.state().isPublic()) {
            throw new NotFoundException("Plan", planId);
        }
        return view.id();
    }
}
