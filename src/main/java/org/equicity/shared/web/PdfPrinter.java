package org.equicity.shared.web;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.equicity.shared.TextCharacters;

/**
 * Prints HTML on A4 through openhtmltopdf, for every PDF the product makes. The font is Liberation Sans from PDFBox's
 * own jar, embedded (subset), so that every European letter, Greek and Cyrillic included, prints without anything
 * installed on the server; templates name it as {@link #FONT}. The font's glyph substitution (ligatures) is turned
 * off: PDFBox 3 applies it to every run of text by compiling regular expressions, which made a report of 200 actions
 * take seven times as long, and these texts need no ligatures.
 */
public final class PdfPrinter {

    public static final String FONT = "Liberation Sans";
    private static final byte[] FONT_FILE = fontFile("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf");

    private PdfPrinter() {}

    public static byte[] print(String html) {
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
            // rows stored before such characters were refused must still print: the XML parser stops at them
            builder.withHtmlContent(TextCharacters.printable(html), null);
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
}
