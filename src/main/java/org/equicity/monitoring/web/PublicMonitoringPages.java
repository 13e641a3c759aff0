package org.equicity.monitoring.web;

import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.MonitoringReports;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public part of a city's monitoring: its published reports' summaries and recommendations. */
@Controller
class PublicMonitoringPages {

    private final MonitoringReports reports;

    PublicMonitoringPages(MonitoringReports reports) {
        this.reports = reports;
    }

    @GetMapping("/cities/{citySlug}/monitoring")
    String published(CitySummary city, Model model) {
        model.addAttribute("reports", reports.published(city.id()));
        return "monitoring/public";
    }
}
