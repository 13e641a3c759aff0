package org.equicity.report.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.report.Reports.ReportExport;
import org.equicity.shared.web.PdfPrinter;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a report on A4 from the Thymeleaf template {@code report/print}. Fields of activity and tracks are printed by
 * their names in the reader's language.
 */
@Component
class ReportPdf {

    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");

    private final ITemplateEngine templates;
    private final Frameworks frameworks;
    private final Clock clock;

    ReportPdf(ITemplateEngine templates, Frameworks frameworks, Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.frameworks = frameworks;
    }

    byte[] render(ReportExport report, ReportTexts texts, Locale locale) {
        var context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("texts", texts);
        context.setVariable("fields", labels(FIELDS_OF_ACTIVITY, locale));
        context.setVariable("tracks", labels(TRACKS, locale));
        // printed outside a request, so the template cannot reach the pages' @frameworkNames bean
        context.setVariable(
                "frameworkName",
                frameworks
                        .find(report.framework())
                        .map(framework -> framework.title(locale))
                        .orElse(report.framework().toString()));
        context.setVariable("generated", LocalDate.now(clock));
        return PdfPrinter.print(templates.process("report/print", context));
    }

    private Map<String, String> labels(FrameworkRef ref, Locale locale) {
        return frameworks
                .find(ref)
                .map(framework -> framework
                        .allItems()
                        .collect(Collectors.toMap(
                                item -> item.code(), item -> item.label().in(locale), (a, b) -> a)))
                .orElse(Map.of());
    }
}
