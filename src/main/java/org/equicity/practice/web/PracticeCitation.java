package org.equicity.practice.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Locale;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.practice.Provenance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How a designated practice is cited: in an author-year style for reading, and as BibTeX and RIS records. A practice
 * published in a document (a compendium) is cited to that document: its year and publisher, the document as the work
 * it appeared in, and the page or section; any other practice to the network that designated it, in the year it did.
 */
@Component
class PracticeCitation {

    private final MessageSource messages;
    private final String baseUrl;
    private final Clock clock;

    PracticeCitation(
            MessageSource messages, @Value("${equicity.base-url:http://localhost:8080}") String baseUrl, Clock clock) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    String permalink(PracticeView practice) {
        return baseUrl + "/practices/" + practice.summary().id().value();
    }

    static String key(PracticeView practice) {
        return "equicity-" + practice.summary().id().value().toString().substring(0, 8);
    }

    String text(PracticeView practice, Locale locale) {
        var provenance = practice.provenance();
        if (provenance == null) {
            return message(
                    "practice.citation.text",
                    locale,
                    practice.summary().ownerName(),
                    String.valueOf(year(practice)),
                    title(practice),
                    practice.summary().networkName(),
                    permalink(practice),
                    today());
        }
        var document = provenance.document();
        var in = provenance.locator() == null ? document.title() : document.title() + ", " + provenance.locator();
        return message(
                "practice.citation.published",
                locale,
                practice.summary().ownerName(),
                String.valueOf(year(practice)),
                title(practice),
                in,
                publisher(practice),
                permalink(practice),
                today());
    }

    String bibtex(PracticeView practice, Locale locale) {
        var provenance = practice.provenance();
        var lines = new ArrayList<String>();
        lines.add("@" + (provenance == null ? "misc" : "incollection") + "{" + key(practice) + ",");
        lines.add("  author = {{" + bib(practice.summary().ownerName()) + "}},");
        lines.add("  title = {{" + bib(title(practice)) + "}},");
        if (provenance != null) {
            lines.add("  booktitle = {{" + bib(provenance.document().title()) + "}},");
            if (provenance.locator() != null) {
                lines.add("  pages = {" + bib(provenance.locator()) + "},");
            }
        }
        lines.add("  year = {" + year(practice) + "},");
        lines.add("  publisher = {{" + bib(publisher(practice)) + "}},");
        lines.add("  howpublished = {\\url{" + permalink(practice) + "}},");
        lines.add("  url = {" + permalink(practice) + "},");
        lines.add("  urldate = {" + today() + "},");
        lines.add("  note = {" + bib(designatedBy(practice, locale)) + "}");
        return String.join("\n", lines) + "\n}\n";
    }

    String ris(PracticeView practice, Locale locale) {
        var provenance = practice.provenance();
        var lines = new ArrayList<String>();
        lines.add("TY  - " + (provenance == null ? "ELEC" : "CHAP"));
        lines.add("AU  - " + ris(practice.summary().ownerName()));
        lines.add("TI  - " + ris(title(practice)));
        if (provenance != null) {
            lines.add("T2  - " + ris(provenance.document().title()));
            if (provenance.locator() != null) {
                lines.add("SP  - " + ris(provenance.locator()));
            }
            if (provenance.document().date() != null) {
                lines.add("DA  - " + provenance.document().date().replace('-', '/'));
            }
        }
        lines.add("PY  - " + year(practice));
        lines.add("PB  - " + ris(publisher(practice)));
        lines.add("UR  - " + permalink(practice));
        lines.add("Y2  - " + today());
        lines.add("LA  - " + practice.content().language());
        lines.add("N1  - " + ris(designatedBy(practice, locale)));
        lines.add("ER  - ");
        return String.join("\r\n", lines) + "\r\n";
    }

    /** The source's year where the document is dated; else the year it was designated, elsewhere or here. */
    static int year(PracticeView practice) {
        var provenance = practice.provenance();
        if (provenance != null && provenance.document().year() != null) {
            return provenance.document().year();
        }
        if (practice.outsideDesignation() != null) {
            return practice.outsideDesignation().on().getYear();
        }
        return practice.summary().decidedAt().atOffset(ZoneOffset.UTC).getYear();
    }

    private static String publisher(PracticeView practice) {
        var provenance = practice.provenance();
        return java.util.Optional.ofNullable(provenance)
                .map(Provenance::document)
                .map(Provenance.SourceDocument::publisher)
                .orElse(practice.summary().networkName());
    }

    private static String title(PracticeView practice) {
        return practice.content().template().title();
    }

    private String designatedBy(PracticeView practice, Locale locale) {
        if (practice.outsideDesignation() != null) {
            return message(
                    "practice.citation.designated-elsewhere",
                    locale,
                    practice.outsideDesignation().body());
        }
        return message(
                "practice.citation.designated-by", locale, practice.summary().networkName());
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).toString();
    }

    /** BibTeX reads braces, backslashes and a few signs as commands. */
    private static String bib(String text) {
        return text.replaceAll("[{}\\\\]", "").replaceAll("([&%$#_])", "\\\\$1");
    }

    /** A RIS value is one line. */
    private static String ris(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
