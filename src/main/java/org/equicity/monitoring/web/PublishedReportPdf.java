package org.equicity.monitoring.web;

import java.util.Locale;
import org.equicity.city.Cities.CitySummary;
import org.equicity.monitoring.MonitoringReports.PublishedReport;
import org.equicity.shared.web.PdfPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a published monitoring report on A4 from the template {@code monitoring/print}: only its public part (the
 * summary, the easy-to-read summary, the recommendations and the public figures), as the public page shows it.
 */
@Component
class PublishedReportPdf {

    private final ITemplateEngine templates;

    PublishedReportPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(CitySummary city, PublishedReport report, Locale locale) {
        var context = new Context(locale);
        context.setVariable("city", city);
        context.setVariable("report", report);
        return PdfPrinter.print(templates.process("monitoring/print", context));
    }
}
