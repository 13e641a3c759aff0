package org.equicity.practice.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link Compendium} as a Word document through Apache POI, in the order of the PDF: the cover, the table of
 * contents by theme and country with each practice's number, then the practices. Headings are set apart by size and
 * weight rather than by named styles, which a document made from nothing does not hold.
 */
@Component
class CompendiumDocx {

    private final MessageSource messages;
    private final PracticeMarkdown markdown;

    CompendiumDocx(MessageSource messages, PracticeMarkdown markdown) {
        this.messages = messages;
        this.markdown = markdown;
    }

    byte[] write(Compendium compendium, Locale language) {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            cover(document, compendium, language);
            contents(document, compendium, language);
            var texts = new DocxMarkdown(document);
            for (var theme : compendium.themes()) {
                text(document.createParagraph(), theme.name(), 16, true);
                for (var country : theme.countries()) {
                    text(document.createParagraph(), country.name(), 13, true);
                    for (var practice : country.practices()) {
                        practice(document, texts, practice, language);
                    }
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private void cover(XWPFDocument document, Compendium compendium, Locale language) {
        text(document.createParagraph(), compendium.title(), 26, true);
        text(document.createParagraph(), compendium.selection(), 15, false);
        text(
                document.createParagraph(),
                messages.getMessage(
                        "practice.compendium.cover",
                        new Object[] {compendium.count(), compendium.generated(), compendium.languageName()},
                        language),
                11,
                false);
        if (compendium.machineTranslated()) {
            text(document.createParagraph(), message("practice.compendium.machine-note", language), 10, false);
        }
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private void contents(XWPFDocument document, Compendium compendium, Locale language) {
        text(document.createParagraph(), message("practice.compendium.contents", language), 16, true);
        for (var theme : compendium.themes()) {
            text(document.createParagraph(), theme.name(), 11, true);
            for (var country : theme.countries()) {
                var line = document.createParagraph();
                line.setIndentationLeft(360);
                text(line, country.name(), 11, false);
                for (var practice : country.practices()) {
                    var entry = document.createParagraph();
                    entry.setIndentationLeft(720);
                    text(entry, practice.number() + ". " + practice.title().text(), 10, false);
                }
            }
        }
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private void practice(XWPFDocument document, DocxMarkdown texts, Compendium.Practice practice, Locale language) {
        var heading = document.createParagraph();
        text(heading, practice.number() + ". " + practice.title().text(), 12, true);
        marker(heading, practice.title(), language);
        text(document.createParagraph(), practice.owner(), 10, false);
        for (var field : practice.fields()) {
            text(document.createParagraph(), field.label(), 8, true);
            var body = field.markdown()
                    ? texts.write(markdown.parse(field.text().text()))
                    : lines(document.createParagraph(), field.text().text());
            marker(body, field.text(), language);
        }
        text(
                document.createParagraph(),
                message("practice.field.source", language) + ": " + practice.source(),
                9,
                false);
    }

    /** A short text as written, one line under the other. */
    private static XWPFParagraph lines(XWPFParagraph body, String text) {
        var lines = text.split("\n", -1);
        var run = body.createRun();
        run.setFontSize(10);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return body;
    }

    private void marker(XWPFParagraph paragraph, Compendium.Text text, Locale language) {
        if (text.machine()) {
            var run = paragraph.createRun();
            run.setFontSize(8);
            run.setItalic(true);
            run.setText(" " + message("practice.compendium.machine", language));
        }
    }

    private static void text(XWPFParagraph paragraph, String text, int size, boolean bold) {
        var run = paragraph.createRun();
        run.setFontSize(size);
        run.setBold(bold);
        run.setText(text);
    }

    private String message(String key, Locale language) {
        return messages.getMessage(key, null, language);
    }
}
