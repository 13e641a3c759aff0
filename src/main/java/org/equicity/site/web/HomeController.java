package org.equicity.site.web;

import org.equicity.city.Cities;
import org.equicity.plan.Plans;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.report.LatestReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a search over everything public, and what is new: the latest adopted plans, designated good
 * practices and accepted reports, each linking to its public page. Each list is one query with its limit (and a
 * city lookup per plan shown), so that the page costs the same however much the platform holds; a cache kept by the
 * events of three modules would save those few queries at the price of missing an event that changes what is shown.
 */
@Controller
class HomeController {

    /** How many of each the home page shows; the lists behind the links hold the rest. */
    static final int SHOWN = 5;

    /** An adopted plan with the city it belongs to. */
    record RecentPlan(String citySlug, String cityName, Plans.PlanSummary plan) {}

    private final Cities cities;
    private final Plans plans;
    private final Practices practices;
    private final LatestReports reports;

    HomeController(Cities cities, Plans plans, Practices practices, LatestReports reports) {
        this.cities = cities;
        this.plans = plans;
        this.practices = practices;
        this.reports = reports;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute(
                "recentPlans",
                plans.latestAdopted(SHOWN).stream()
                        .flatMap(plan -> cities.find(plan.city()).stream()
                                .map(city -> new RecentPlan(city.slug(), city.name(), plan)))
                        .toList());
        model.addAttribute(
                "recentPractices",
                practices
                        .library(new LibraryQuery(
                                null, null, null, null, null, null, null, null, null, null, null, 0, SHOWN))
                        .entries());
        model.addAttribute("recentReports", reports.latestAccepted(SHOWN));
        return "site/home";
    }
}
