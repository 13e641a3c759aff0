package org.equicity.site.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.report.Reports;
import org.equicity.translation.FieldRef;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A city's public page brings together what several modules know about the city (its profile, the networks it
 * belongs to, its published action plans, its reports that a network accepted), which is why it lives here and not in the city module, which must not depend on networks.
 */
@Controller
class CityPage {

    private final Cities cities;
    private final Networks networks;
    private final Plans plans;
    private final Reports reports;

    private final Translations translations;

    CityPage(Cities cities, Networks networks, Plans plans, Reports reports, Translations translations) {
        this.cities = cities;
        this.networks = networks;
        this.plans = plans;
        this.reports = reports;
        this.translations = translations;
    }

    @GetMapping("/cities/{slug}")
    String show(
            CitySummary city,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var view = cities.publicProfile(city.id());
        model.addAttribute("view", view);
        model.addAttribute("departments", cities.departments(city.id()));
        model.addAttribute("memberships", networks.membershipsOf(city.id()));
        // Drafts stay with the city's people even when one of them is reading: this page is the public face.
        var published = plans.ofCity(city.id()).stream()
                .filter(plan -> plan.state().isPublic())
                .toList();
        model.addAttribute("plans", published);
        // Accepted reports only: a draft, or one submitted and not yet accepted, is the city's and its network's.
        model.addAttribute("reports", reports.acceptedReportsOf(city.id()));
        var texts = new LinkedHashMap<>(PlanTexts.titles(published));
        texts.putAll(FieldRef.of(
                Cities.TRANSLATION_OWNER, city.id().value(), view.profile().translatableTexts()));
        model.addAttribute("texts", translations.forReader(texts, locale, originals));
        return "site/city";
    }
}
