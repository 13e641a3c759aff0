package org.equicity.plan.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.equicity.city.Cities;
import org.equicity.plan.PlanExchange.PlanExport;
import org.equicity.translation.PageTexts;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a plan on A4 from the Thymeleaf template {@code plan/print} through openhtmltopdf. The font is Liberation
 * Sans as PDFBox ships it inside its own jar, embedded (subset) in the file: it has the letters of every European
 * language (ä, é, ñ, ł, ş, ő …), which the 14 standard PDF fonts do not, and needs nothing installed on the server.
 */
@Component
class PlanPdf {

    static final String FONT = "Liberation Sans";
    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

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
        var html = templates.process("plan/print", context);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            // the one face serves for bold too: headings are set apart by size, never drawn in a fallback font
            for (int weight : new int[] {400, 700}) {
                builder.useFont(
                        () -> PDDocument.class.getResourceAsStream(FONT_RESOURCE),
                        FONT,
                        weight,
                        com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.NORMAL,
                        true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
