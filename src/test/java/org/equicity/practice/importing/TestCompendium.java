package org.equicity.practice.importing;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.web.util.HtmlUtils;

/**
 * A compendium of good practices written for the tests (no real one is copied): themes, countries in capitals, titles
 * ("CITY: title" for a city's), labelled sections in English or French, and a table of contents with pages. It is
 * rendered as DOCX (Apache POI) and PDF (openhtmltopdf) as publishers lay them out.
 */
final class TestCompendium {

    static final List<String> EN_LABELS = List.of(
            "Type",
            "Area of intervention",
            "Duration",
            "Purpose",
            "Stimulus/Rationale",
            "Process",
            "Impact/Outcomes",
            "Further information");

    static final List<String> FR_LABELS = List.of(
            "Type",
            "Domaine d'intervention",
            "Durée",
            "Objectif",
            "Contexte",
            "Processus",
            "Résultats",
            "Informations complémentaires");

    /** One practice as the document prints it: its sections by label, in order. */
    record Entry(String theme, String country, String heading, Map<String, String> sections, boolean listed) {}

    final String title;
    final List<Entry> entries = new ArrayList<>();

    TestCompendium(String title) {
        this.title = title;
    }

    /** A practice with the usual sections, in English or French, and more sections after them. */
    TestCompendium practice(
            String theme, String country, String heading, boolean french, String area, String... extra) {
        var labels = french ? FR_LABELS : EN_LABELS;
        var sections = new LinkedHashMap<String, String>();
        var words = heading.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z ]", "");
        sections.put(labels.get(0), french ? "Projet" : "Programme");
        sections.put(labels.get(1), area);
        sections.put(labels.get(2), "2018 to 2021");
        sections.put(labels.get(3), sentence("The purpose of " + words + " is to open public services to everyone", 2));
        sections.put(labels.get(4), sentence("Residents reported unequal treatment in " + words, 2));
        sections.put(labels.get(5), sentence("The team of " + words + " trained staff and met residents", 4));
        sections.put(labels.get(6), sentence("Complaints fell and trust rose after " + words, 2));
        sections.put(labels.get(7), "Evaluation report https://example.org/" + words.replace(' ', '-'));
        for (var i = 0; i + 1 < extra.length; i += 2) {
            sections.put(extra[i], extra[i + 1]);
        }
        entries.add(new Entry(theme, country, heading, sections, true));
        return this;
    }

    /** A practice with its own sections, under the labels and in the language the publisher wrote them in. */
    TestCompendium written(String theme, String country, String heading, Map<String, String> sections) {
        entries.add(new Entry(theme, country, heading, new LinkedHashMap<>(sections), true));
        return this;
    }

    /** The last practice added is not in the table of contents, as happens in real compendia. */
    TestCompendium unlisted() {
        var last = entries.remove(entries.size() - 1);
        entries.add(new Entry(last.theme(), last.country(), last.heading(), last.sections(), false));
        return this;
    }

    /** Another edition: the practice with this heading has a section rewritten. */
    TestCompendium revised(String heading, String label, UnaryOperator<String> change) {
        for (var i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            if (entry.heading().equals(heading)) {
                var sections = new LinkedHashMap<>(entry.sections());
                sections.computeIfPresent(label, (key, text) -> change.apply(text));
                entries.set(i, new Entry(entry.theme(), entry.country(), heading, sections, entry.listed()));
            }
        }
        return this;
    }

    TestCompendium copy() {
        var copy = new TestCompendium(title);
        copy.entries.addAll(entries);
        return copy;
    }

    private static String sentence(String start, int times) {
        var text = new StringBuilder();
        for (var i = 0; i < times; i++) {
            text.append(i == 0 ? "" : " ")
                    .append(i == 0 ? start : "In year " + (i + 1) + " the work went on with partners and volunteers")
                    .append('.');
        }
        return text.toString();
    }

    /** The document's lines: contents with pages, then the body with its headings. */
    private List<String[]> lines() {
        var lines = new ArrayList<String[]>();
        lines.add(new String[] {"title", title});
        lines.add(new String[] {"h1", "Contents"});
        String theme = null;
        String country = null;
        var page = 3;
        for (var entry : entries) {
            if (!entry.theme().equals(theme)) {
                theme = entry.theme();
                country = null;
                lines.add(new String[] {"toc", theme});
            }
            if (!entry.country().equals(country)) {
                country = entry.country();
                lines.add(new String[] {"toc", country});
            }
            if (entry.listed()) {
                lines.add(new String[] {"toc", entry.heading() + " ........ " + page});
            }
            page++;
        }
        theme = null;
        country = null;
        for (var entry : entries) {
            if (!entry.theme().equals(theme)) {
                theme = entry.theme();
                country = null;
                lines.add(new String[] {"h1", theme});
            }
            if (!entry.country().equals(country)) {
                country = entry.country();
                lines.add(new String[] {"h2", country});
            }
            lines.add(new String[] {"h3", entry.heading()});
            entry.sections().forEach((label, text) -> lines.add(new String[] {"section", label, text}));
        }
        return lines;
    }

    byte[] docx() {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            for (var line : lines()) {
                var paragraph = document.createParagraph();
                var run = paragraph.createRun();
                if ("section".equals(line[0])) {
                    run.setBold(true);
                    run.setText(line[1] + ":");
                    paragraph.createRun().setText(" " + line[2]);
                } else {
                    run.setBold(!"toc".equals(line[0]));
                    run.setText(line[1]);
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    String html() {
        var html = new StringBuilder("<html><head><meta charset=\"utf-8\"/><title>")
                .append(HtmlUtils.htmlEscape(title, "UTF-8"))
                .append("</title><style>body{font-family:sans-serif;font-size:10pt} p{margin:0 0 4pt 0}</style>")
                .append("</head><body>");
        for (var line : lines()) {
            switch (line[0]) {
                case "title" ->
                    html.append("<p><b>")
                            .append(HtmlUtils.htmlEscape(line[1], "UTF-8"))
                            .append("</b></p>");
                case "toc" ->
                    html.append("<p>")
                            .append(HtmlUtils.htmlEscape(line[1], "UTF-8"))
                            .append("</p>");
                case "section" ->
                    html.append("<p><b>")
                            .append(HtmlUtils.htmlEscape(line[1], "UTF-8"))
                            .append(":</b> ")
                            .append(HtmlUtils.htmlEscape(line[2], "UTF-8"))
                            .append("</p>");
                default ->
                    html.append('<')
                            .append(line[0])
                            .append('>')
                            .append(HtmlUtils.htmlEscape(line[1], "UTF-8"))
                            .append("</")
                            .append(line[0])
                            .append('>');
            }
        }
        return html.append("</body></html>").toString();
    }

    byte[] pdf() {
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html(), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
