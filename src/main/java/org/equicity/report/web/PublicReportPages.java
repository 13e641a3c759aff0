package org.equicity.report.web;

import java.util.UUID;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An accepted report as the public reads it (search results link here): the accepted version's Level 1 and its
 * actions by commitment. Reports that are not accepted do not exist here.
 */
@Controller
class PublicReportPages {

    private final Reports reports;

    PublicReportPages(Reports reports) {
        this.reports = reports;
    }

    @GetMapping("/cities/{citySlug}/reports/{reportId}")
    String report(@PathVariable String citySlug, @PathVariable UUID reportId, Model model) {
        var report = reports.publicReport(new ReportId(reportId));
        if (!report.citySlug().equals(citySlug)) {
            throw new NotFoundException("Report", reportId);
        }
        model.addAttribute("report", report);
        return "report/public";
    }
}
