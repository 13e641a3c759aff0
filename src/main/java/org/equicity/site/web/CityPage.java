package org.equicity.site.web;

import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.plan.Plans;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A city's public page brings together what several modules know about the city (its profile, the networks it
 * belongs to, its published action plans), which is why it lives here and not in the city module, which must not depend on networks.
 */
@Controller
class CityPage {

    private final Cities cities;
    private final Networks networks;
    private final Plans plans;

    CityPage(Cities cities, Networks networks, Plans plans) {
        this.cities = cities;
        this.networks = networks;
        this.plans = plans;
    }

    @GetMapping("/cities/{slug}")
    String show(@PathVariable String slug, Model model) {
        var city = cities.findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
        model.addAttribute("view", cities.publicProfile(city.id()));
        model.addAttribute("departments", cities.departments(city.id()));
        model.addAttribute("memberships", networks.membershipsOf(city.id()));
        // Drafts stay with the city's people even when one of them is reading: this page is the public face.
        model.addAttribute(
                "plans",
                plans.ofCity(city.id()).stream()
                        .filter(plan -> plan.state().isPublic())
                        .toList());
        return "site/city";
    }
}
