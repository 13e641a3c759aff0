package org.equicity.plan.exchange.web;

import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.plan.exchange.PlanExchange.PlanExport;
import org.equicity.shared.web.PdfPrinter;
import org.equicity.translation.PageTexts;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Prints a plan on A4 from the Thymeleaf template {@code plan/print}. */
@Component
class PlanPdf {

    private final ITemplateEngine templates;
    private final Cities cities;

    PlanPdf(ITemplateEngine templates, Cities cities) {
        this.templates = templates;
        this.cities = cities;
    }

    byte[] render(PlanExport export, PageTexts texts, Locale locale) {
        var context = new Context(locale);
        context.setVariable("texts", texts);
        context.setVariable("export", export);
        context.setVariable("plan", export.plan());
        context.setVariable("city", cities.find(export.plan().city()).orElse(null));
        return PdfPrinter.print(templates.process("plan/print", context));
    }
}
