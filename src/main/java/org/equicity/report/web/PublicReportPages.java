package org.equicity.report.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.report.ReportId;
import org.equicity.report.Reports;
import org.equicity.shared.NotFoundException;
import org.equicity.translation.PageTexts;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An accepted report as the public reads it (search results link here): the accepted version's Level 1 and its
 * actions by commitment. Reports that are not accepted do not exist here.
 */
@Controller
class PublicReportPages {

    private final Reports reports;
    private final ReportReading reading;

    PublicReportPages(Reports reports, ReportReading reading) {
        this.reports = reports;
        this.reading = reading;
    }

    @GetMapping("/cities/{citySlug}/reports/{reportId}")
    String report(
            @PathVariable String citySlug,
            @PathVariable UUID reportId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var report = reports.publicReport(new ReportId(reportId));
        if (!report.citySlug().equals(citySlug)) {
            throw new NotFoundException("Report", reportId);
        }
        model.addAttribute("report", report);
        model.addAttribute("texts", reading.of(report, locale, originals));
        return "report/public";
    }
}
