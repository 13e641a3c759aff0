package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.equicity.EventsSettled;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.Description;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeCalls;
import org.equicity.practice.PracticeCalls.CallDetails;
import org.equicity.practice.PracticeId;
import org.equicity.practice.Practices.PracticeContent;
import org.equicity.practice.Provenance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A network compiles its designated practices into a compendium to print and send: a cover, a table of contents by
 * theme and country, each practice in the template's order with its source, in the chosen language with machine
 * translations marked. Practices not designated are never in it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CompendiumExportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublicationRegistry publications;

    PracticeWorld world;
    PracticeWorld.Member austrian;
    PracticeWorld.Member spanish;
    PracticeId housing;
    PracticeId leadership;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        austrian = world.member("Kompendiumstadt", "AT");
        spanish = world.member("Ciudad Ejemplar", "ES");
        var housingContent = content("Wohnen zuerst", List.of("leadership"), null, null, 2023);
        housing = world.designated(
                austrian,
                new PracticeContent(
                        "de",
                        housingContent.template(),
                        housingContent.classification(),
                        new Description(
                                null,
                                "Housing and neighbourhoods",
                                "Aims of **housing first**:\n\n- a flat of *one's own*\n- support at home\n\n"
                                        + "See [the evaluation](https://example.org/housing).",
                                null,
                                "Wohnungsamt",
                                null,
                                null,
                                "2021",
                                null,
                                List.of())));
        leadership =
                world.designated(spanish, content("Alcaldía por la igualdad", List.of("leadership"), null, null, 2022));
        world.submitted(austrian, content("Unveröffentlichte Praxis", List.of(), null, null, 2024));
        var ministry = world.contributor(
                "Ministry of Social Affairs", ContributorKind.NATIONAL_AUTHORITY, OwnerLevel.NATIONAL, "PT");
        var mentors = as(
                world.secretariat,
                () -> context.getBean(Contributors.class)
                        .submit(ministry, content("Mentors for migrants", List.of(), null, null, 2017)));
        as(world.secretariat, () -> {
            world.practices.recordSource(
                    mentors,
                    new Provenance.SourceDocument(
                            "Compendium on integration", "Council of Europe", "2019", "https://example.org/c.pdf"),
                    "p. 42");
            world.practices.designatedElsewhere(
                    mentors,
                    new Provenance.OutsideDesignation("Intercultural Cities", LocalDate.of(2019, 5, 1), "p. 42"));
            return null;
        });
        machineTranslated(housing, "title", "Housing first");
    }

    /** An engine's English of the practice's text, as the translation module stores one. */
    void machineTranslated(PracticeId practice, String field, String english) {
        EventsSettled.await(publications);
        var fingerprint = jdbc.queryForObject(
                "select fingerprint from translation_source where owner_type = 'practice' and owner_id = ? and field = ?",
                String.class,
                practice.value(),
                field);
        jdbc.update(
                "insert into field_translation (id, owner_type, owner_id, field, language, content, origin, engine,"
                        + " engine_version, source_language, source_fingerprint, translated_at, version)"
                        + " values (?, 'practice', ?, ?, 'en', ?, 'MACHINE', 'apertium', '3', 'de', ?, ?, 0)",
                UUID.randomUUID(),
                practice.value(),
                field,
                english,
                fingerprint,
                java.sql.Timestamp.from(Instant.now()));
    }

    byte[] download(String query) throws Exception {
        return mvc.perform(get("/practices/compendium?" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    static String pdfText(byte[] pdf) throws IOException {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static String docxText(byte[] docx) throws IOException {
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
                var extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    @Test
    void thePdfHasACoverContentsByThemeAndCountryAndEachPracticeWithItsSourceAndMachineTranslationsMarked()
            throws Exception {
        var pdf = download("network=" + world.network.slug() + "&format=pdf&language=en");
        var text = pdfText(pdf);

        assertThat(text).contains("Compendium of good practices", "3 good practices", "Contents");
        assertThat(text).contains("Network: " + world.network.name()).doesNotContain(world.network.slug());
        var contents = text.indexOf("Contents");
        // themes in order, countries under them: the chapter, the first field of action, then the rest
        assertThat(text.indexOf("Housing and neighbourhoods", contents))
                .isLessThan(text.indexOf("Leadership and political commitment", contents));
        assertThat(text.indexOf("Leadership and political commitment", contents))
                .isLessThan(text.indexOf("Other practices", contents));
        assertThat(text).contains("Austria", "Spain", "Portugal");
        assertThat(text).contains("1. Housing first", "(machine translation)", "Texts marked as machine translations");
        assertThat(text).contains("2. Alcaldía por la igualdad", "3. Mentors for migrants");
        assertThat(text).doesNotContain("Unveröffentlichte Praxis");
        // the template's order, and the source
        var practice = text.lastIndexOf("1. Housing first");
        assertThat(text.indexOf("MAIN PURPOSE", practice)).isLessThan(text.indexOf("PURPOSE\n", practice));
        assertThat(text.indexOf("PURPOSE\n", practice)).isLessThan(text.indexOf("AIMS", practice));
        assertThat(text).contains("Wohnungsamt");
        // the long texts are CommonMark, printed as paragraphs and a list, never as markup (emphasis and links are
        // drawn after the words around them: read in the order of the page)
        try (var document = Loader.loadPDF(pdf)) {
            var stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            assertThat(stripper.getText(document))
                    .contains("Aims of housing first:", "a flat of one's own", "support at home", "See the evaluation.")
                    .doesNotContain("**", "- a flat", "[the evaluation]");
        }
        assertThat(text.replaceAll("\\s+", " "))
                .contains("Compendium on integration, p. 42. Council of Europe")
                .contains("/practices/" + leadership.value());
    }

    @Test
    void theDocxIsTheSameCompendiumInTheChosenLanguageAndOnlyDesignatedPracticesEvenWhenAskedForOthers()
            throws Exception {
        var docx = mvc.perform(get("/practices/compendium?network=" + world.network.slug()
                                + "&format=docx&language=de&designation=SUBMITTED")
                        .with(user(world.secretariat)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"good-practices-de.docx\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = docxText(docx);

        assertThat(text).contains("Kompendium guter Praktiken", "3 gute Praktiken", "Inhalt");
        assertThat(text).contains("Netzwerk: " + world.network.name()).doesNotContain(world.network.slug());
        assertThat(text).contains("Österreich", "Spanien", "Portugal", "Weitere Praktiken");
        assertThat(text).contains("1. Alcaldía por la igualdad", "2. Wohnen zuerst", "3. Mentors for migrants");
        assertThat(text).contains("Compendium on integration, p. 42. Council of Europe");
        assertThat(text).doesNotContain("Unveröffentlichte Praxis", "(maschinelle Übersetzung)");
        assertThat(text).doesNotContain("**", "- a flat", "[the evaluation]");
        try (var document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var item = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().equals("a flat of one's own"))
                    .findFirst()
                    .orElseThrow();
            assertThat(item.getNumFmt()).isEqualTo("bullet");
            assertThat(item.getRuns())
                    .anySatisfy(run -> assertThat(run.isItalic()).isTrue());
            var aims = document.getParagraphs().stream()
                    .filter(paragraph -> paragraph.getText().equals("Aims of housing first:"))
                    .findFirst()
                    .orElseThrow();
            assertThat(aims.getRuns())
                    .anySatisfy(run -> assertThat(run.text()).isEqualTo("housing first"))
                    .allSatisfy(
                            run -> assertThat(run.isBold()).isEqualTo(run.text().equals("housing first")));
            assertThat(document.getParagraphs())
                    .anySatisfy(paragraph -> assertThat(paragraph.getRuns())
                            .anySatisfy(run -> assertThat(run)
                                    .isInstanceOfSatisfying(
                                            org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun.class,
                                            link -> assertThat(link.getHyperlink(document)
                                                            .getURL())
                                                    .isEqualTo("https://example.org/housing"))));
        }
    }

    @Test
    void theGermanPdfNamesWhatTheFilterChoseByItsGermanNames() throws Exception {
        var text = pdfText(download("network=" + world.network.slug() + "&country=AT&field=leadership&level=LOCAL"
                + "&format=pdf&language=de"));
        assertThat(text)
                .contains(
                        "Land: Österreich",
                        "Handlungsfeld: Führung",
                        "Ebene: Lokal",
                        "Netzwerk: " + world.network.name());
    }

    @Test
    void aCallsCompendiumHoldsTheDesignatedPracticesThatAnsweredAndTheApiAnswersTheSame() throws Exception {
        var calls = context.getBean(PracticeCalls.class);
        var call = as(
                world.secretariat,
                () -> calls.open(
                        world.network.id(),
                        new CallDetails("Leadership", null, LocalDate.now().plusDays(10), List.of())));
        as(austrian.coordinator(), () -> {
            calls.answerWith(call, austrian.city().id(), housing);
            return null;
        });
        var pdf = mvc.perform(get("/api/v1/calls/" + call.value() + "/compendium?format=pdf&language=en")
                        .with(user(world.secretariat)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var text = pdfText(pdf);
        assertThat(text).contains("Call for practices “Leadership” of " + world.network.name(), "One good practice");
        assertThat(text).contains("Housing first").doesNotContain("Alcaldía por la igualdad");

        mvc.perform(get("/api/v1/calls/" + call.value() + "/compendium?format=pdf")
                        .with(user(spanish.coordinator())))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/calls/" + call.value() + "/compendium?format=pdf"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/practices/compendium?format=odt&network=" + world.network.slug()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("practice.compendium.rule.format"));
        mvc.perform(get("/api/v1/practices/compendium?format=pdf&language=xx"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void theLibrarysCsvAndJsonCarryEachPracticesSource() throws Exception {
        var csv = mvc.perform(get("/practices.csv?sort=title&network=" + world.network.slug()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var lines = csv.lines().toList();
        assertThat(lines.get(0))
                .endsWith(",source_title,source_publisher,source_date,source_address,source_section,collection");
        assertThat(lines)
                .anySatisfy(line -> assertThat(line)
                        .contains("Mentors for migrants")
                        .endsWith(
                                ",Compendium on integration,Council of Europe,2019,https://example.org/c.pdf,p. 42,"));
        mvc.perform(get("/practices.json?network=" + world.network.slug()))
                .andExpect(jsonPath("$.practices[?(@.title == 'Mentors for migrants')].source_publisher")
                        .value("Council of Europe"))
                .andExpect(jsonPath("$.practices[?(@.title == 'Mentors for migrants')].source_section")
                        .value("p. 42"));
    }
}
