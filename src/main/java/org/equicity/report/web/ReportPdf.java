package org.equicity.report.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.report.Reports.ReportExport;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a report on A4 from the Thymeleaf template {@code report/print} through openhtmltopdf, as the plan's PDF
 * does: Liberation Sans from PDFBox's own jar, embedded (subset), so that every European letter, Greek and Cyrillic
 * included, prints without anything installed on the server. The font's glyph substitution (ligatures) is turned
 * off: PDFBox 3 applies it to every run of text by compiling regular expressions, which made a report of 200 actions
 * take seven times as long, and these texts need no ligatures. Fields of activity and tracks are printed by their
 * names in the reader's language.
 */
@Component
class ReportPdf {

    static final String FONT = "Liberation Sans";
    private static final byte[] FONT_FILE = fontFile("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");
    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");
    static final FrameworkRef TRACKS = FrameworkRef.parse("eccar-tracks@2023");

    private final ITemplateEngine templates;
    private final Frameworks frameworks;

    ReportPdf(ITemplateEngine templates, Frameworks frameworks) {
        this.templates = templates;
        this.frameworks = frameworks;
    }

    byte[] render(ReportExport report, Locale locale) {
        var context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("fields", labels(FIELDS_OF_ACTIVITY, locale));
        context.setVariable("tracks", labels(TRACKS, locale));
        context.setVariable("generated", LocalDate.now());
        var html = templates.process("report/print", context);
        try (var font = new TTFParser().parse(new RandomAccessReadBuffer(FONT_FILE));
                var document = new PDDocument();
                var out = new ByteArrayOutputStream()) {
            font.setEnableGsub(false);
            var embedded = new PDFontSupplier(PDType0Font.load(document, font, true));
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            // the one face serves for bold too: headings are set apart by size, never drawn in a fallback font
            for (int weight : new int[] {400, 700}) {
                builder.useFont(embedded, FONT, weight, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static byte[] fontFile(String resource) {
        try (var in = PDDocument.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
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
