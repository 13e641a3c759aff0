package org.equicity.plan.consultation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.ActionNotes;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.consultation.PlanFollowing;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A published plan's public page, with its public history and the form to follow it. Anyone signed in may follow
 * any published plan: it changes nothing of the city's, only whom the platform mails. Before its adoption a plan's
 * address answers 404 to everyone, the city's own people included, so that nobody mistakes a draft for the city's
 * word.
 */
@Controller
@RequestMapping("/cities/{citySlug}/plans/{planId}")
class PlanFollowingPages {

    private final Plans plans;
    private final PlanFollowing following;
    private final Cities cities;
    private final Translations translations;
    private final List<ActionNotes> notes;

    PlanFollowingPages(
            Plans plans, PlanFollowing following, Cities cities, Translations translations, List<ActionNotes> notes) {
        this.notes = notes;
        this.plans = plans;
        this.following = following;
        this.cities = cities;
        this.translations = translations;
    }

    @GetMapping
    String plan(
            @PathVariable String citySlug,
            @PathVariable UUID planId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var city = city(citySlug);
        var view = published(city, planId);
        model.addAttribute("city", city);
        model.addAttribute("plan", view);
        model.addAttribute("texts", translations.forReader(PlanTexts.of(view), locale, originals));
        model.addAttribute("history", plans.publicHistory(view.id()));
        model.addAttribute("following", following.isFollowing(view.id()));
        model.addAttribute("actionNotes", ActionNotes.gathered(notes, view.id(), city.slug(), true));
        return "plan/public";
    }

    @PostMapping("/follow")
    String follow(
            @PathVariable String citySlug, @PathVariable UUID planId, Locale locale, RedirectAttributes redirect) {
        var city = city(citySlug);
        var plan = published(city, planId);
        following.follow(plan.id(), locale);
        redirect.addFlashAttribute("notice", "plan.notice.following");
        return "redirect:/cities/" + city.slug() + "/plans/" + planId + "#follow-heading";
    }

    @PostMapping("/unfollow")
    String unfollow(@PathVariable String citySlug, @PathVariable UUID planId, RedirectAttributes redirect) {
        var city = city(citySlug);
        var plan = published(city, planId);
        following.unfollow(plan.id());
        redirect.addFlashAttribute("notice", "plan.notice.unfollowed");
        return "redirect:/cities/" + city.slug() + "/plans/" + planId + "#follow-heading";
    }

    private CitySummary city(String slug) {
        return cities.findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
    }

    private PlanView published(CitySummary city, UUID planId) {
        var view = plans.plan(new PlanId(planId));
        if (!view.city().equals(city.id()) || !view.state().isPublic()) {
            throw new NotFoundException("Plan", planId);
        }
        return view;
    }
}
