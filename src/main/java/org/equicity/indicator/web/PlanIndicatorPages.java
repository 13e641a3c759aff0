package org.equicity.indicator.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.indicator.Indicators;
import org.equicity.indicator.Indicators.IndicatorSummary;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A plan's indicators at a glance, commitment by commitment and action by action, each with its progress status and
 * whether it needs attention: for the city's people with every figure, for the public as published. The plan's own
 * pages link here, so that the plan module needs nothing of this one.
 */
@Controller
class PlanIndicatorPages {

    private final Indicators indicators;
    private final Plans plans;
    private final Cities cities;

    PlanIndicatorPages(Indicators indicators, Plans plans, Cities cities) {
        this.indicators = indicators;
        this.plans = plans;
        this.cities = cities;
    }

    @GetMapping("/manage/cities/{citySlug}/plans/{planId}/indicators")
    String own(@PathVariable String citySlug, @PathVariable UUID planId, Model model) {
        var city = city(citySlug);
        if (!indicators.canReadUnpublished(city.id())) {
            throw new AccessDeniedException("Indicator pages are for the city's people");
        }
        model.addAttribute("definable", indicators.canDefine(city.id()));
        return page(city, planId, true, model);
    }

    @GetMapping("/cities/{citySlug}/plans/{planId}/indicators")
    String published(@PathVariable String citySlug, @PathVariable UUID planId, Model model) {
        model.addAttribute("definable", false);
        return page(city(citySlug), planId, false, model);
    }

    private String page(CitySummary city, UUID planId, boolean own, Model model) {
        var plan = plans.plan(new PlanId(planId));
        if (!plan.city().equals(city.id()) || (!own && !plan.state().isPublic())) {
            throw new NotFoundException("Plan", planId);
        }
        List<IndicatorSummary> summaries = own ? indicators.ofPlan(plan.id()) : indicators.publishedOfPlan(plan.id());
        Map<UUID, List<IndicatorSummary>> byCommitment = summaries.stream()
                .filter(s -> s.link().action() == null)
                .collect(Collectors.groupingBy(s -> s.link().commitment().value()));
        Map<UUID, List<IndicatorSummary>> byAction = summaries.stream()
                .filter(s -> s.link().action() != null)
                .collect(Collectors.groupingBy(s -> s.link().action().value()));
        model.addAttribute("city", city);
        model.addAttribute("plan", plan);
        model.addAttribute("own", own);
        model.addAttribute("byCommitment", byCommitment);
        model.addAttribute("byAction", byAction);
        model.addAttribute(
                "attention",
                summaries.stream().filter(IndicatorSummary::needsAttention).count());
        return "indicator/plan";
    }

    private CitySummary city(String slug) {
        return cities.findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
    }
}
