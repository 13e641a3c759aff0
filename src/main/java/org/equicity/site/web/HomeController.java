package org.equicity.site.web;

import java.util.Comparator;
import java.util.List;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.plan.Plans;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.LibraryQuery;
import org.equicity.report.Reports;
import org.equicity.report.Reports.AcceptedReportLink;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: a search over everything public, and what is new: the latest adopted plans, designated good
 * practices and accepted reports, each linking to its public page.
 */
@Controller
class HomeController {

    /** How many of each the home page shows; the lists behind the links hold the rest. */
    static final int SHOWN = 5;

    /** An adopted plan with the city it belongs to. */
    record RecentPlan(String citySlug, String cityName, Plans.PlanSummary plan) {}

    private final Cities cities;
    private final Networks networks;
    private final Plans plans;
    private final Practices practices;
    private final Reports reports;

    HomeController(Cities cities, Networks networks, Plans plans, Practices practices, Reports reports) {
        this.cities = cities;
        this.networks = networks;
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
        model.addAttribute("recentReports", recentReports());
        return "site/home";
    }

    /** The accepted reports of every network, the latest accepted first. */
    private List<AcceptedReportLink> recentReports() {
        return networks.all().stream()
                .flatMap(network -> reports.acceptedReportsOf(network.id(), null).stream())
                .sorted(Comparator.comparing(AcceptedReportLink::acceptedAt).reversed())
                .limit(SHOWN)
                .toList();
    }
}
