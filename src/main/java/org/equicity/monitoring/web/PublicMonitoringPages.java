package org.equicity.monitoring.web;

import java.util.Locale;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.MonitoringReports;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public part of a city's monitoring: its published reports' summaries, recommendations with their follow-up
 * status and public figures, the editions compared, and each report as a PDF.
 */
@Controller
class PublicMonitoringPages {

    private final MonitoringReports reports;
    private final PublishedReportPdf pdf;

    PublicMonitoringPages(MonitoringReports reports, PublishedReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/cities/{citySlug}/monitoring")
    String published(CitySummary city, Model model) {
        model.addAttribute("reports", reports.published(city.id()));
        return "monitoring/public";
    }

    @GetMapping(value = "/cities/{citySlug}/monitoring/{programmeId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> printed(CitySummary city, @PathVariable UUID programmeId, Locale locale) {
        var report = reports.published(city.id()).stream()
                .filter(published -> published.programme().equals(new ProgrammeId(programmeId)))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Report", programmeId));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("monitoring-" + city.slug() + "-" + report.edition() + ".pdf")
                                .build()
                                .toString())
                .body(pdf.render(city, report, locale));
    }
}
