package org.equicity.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.city.TestCities.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.equicity.report.ReportContent;
import org.equicity.report.ReportFixtures;
import org.equicity.report.ReportId;
import org.equicity.report.ReportedAction;
import org.equicity.report.Reports;
import org.equicity.translation.TranslationTestContext;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.ReadingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A German city's report read in English, as the network's secretariat and the public read it: its texts are sent
 * for translation when submitted, and the recording LibreTranslate stand-in writes "EN " before what it translates,
 * so that translation and original can be told apart on the page.
 */
class ReportReadingTests extends TranslationTestContext {

    static final String ACTION = "Monitoring office";
    static final String EXPLANATION = "Not in this period";

    @Autowired
    MockMvc mvc;

    @Autowired
    Reports reports;

    @Autowired
    Translations translations;

    ReportFixtures fixtures;
    ReportId report;
    ReportedAction action;

    @BeforeEach
    void anAcceptedGermanReport() {
        fixtures = ReportFixtures.create(context);
        report = fixtures.acceptedReport(context, "Cycle 2023–2024");
        action = as(fixtures.coordinator(), () -> reports.report(report).content())
                .actions()
                .get(0);
    }

    String secretariatPage() {
        var view = as(fixtures.secretariat(), () -> reports.report(report));
        return "/manage/networks/" + fixtures.network().slug() + "/cycles/"
                + view.cycle().id().value() + "/reports/" + report.value();
    }

    String cityPage() {
        return "/manage/cities/" + fixtures.city().slug() + "/reports/" + report.value();
    }

    String publicPage() {
        return "/cities/" + fixtures.city().slug() + "/reports/" + report.value();
    }

    String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    String read(String page, UserDetails reader, String language) throws Exception {
        // in the address, as a browser sends it, so that the page-wide toggle's links keep it
        return html(get(page + "?lang=" + language).with(user(reader)));
    }

    @Test
    void theSecretariatReadsAGermanReportInEnglishEachTranslationMarkedWithItsOriginal() throws Exception {
        runWorker(context);

        var html = read(secretariatPage(), fixtures.secretariat(), "en");

        assertThat(html)
                .contains("<span lang=\"en\">EN " + ACTION + "</span>")
                .contains("Machine-translated from German")
                .contains("<details class=\"translation-note\">")
                .contains("lang=\"de\">" + ACTION + "</p>")
                .contains("<span lang=\"en\" class=\"pre-line\">EN Objectives of " + ACTION + "</span>")
                .contains("<span lang=\"en\" class=\"pre-line\">EN " + EXPLANATION + "</span>")
                .as("Level 1's free texts")
                .contains("<span lang=\"en\" class=\"pre-line\">EN Our work</span>")
                .contains("<span lang=\"en\" class=\"pre-line\">EN Steering group</span>")
                .as("a name is not translated")
                .contains(ReportFixtures.FOCAL_POINT)
                .doesNotContain("EN " + ReportFixtures.FOCAL_POINT)
                .contains("Some texts on this page are machine-translated")
                .contains("href=\"" + secretariatPage() + "?lang=en&amp;originals=true\"");
        assertThat(read(cityPage(), fixtures.coordinator(), "en"))
                .as("the city's own page")
                .contains("<span lang=\"en\">EN " + ACTION + "</span>")
                .contains("Machine-translated from German");
    }

    @Test
    void thePageWideToggleShowsEveryTextAsWritten() throws Exception {
        runWorker(context);

        var html = html(get(secretariatPage() + "?lang=en&originals=true").with(user(fixtures.secretariat())));

        assertThat(html)
                .doesNotContain("EN " + ACTION)
                .doesNotContain("Machine-translated from")
                .contains("<span lang=\"de\">" + ACTION + "</span>")
                .contains("<span lang=\"de\" class=\"pre-line\">" + EXPLANATION + "</span>")
                .contains("All texts are shown as written")
                .contains("Show texts in my language");
    }

    @Test
    void thePublicReadsTheAcceptedReportInTheirLanguage() throws Exception {
        runWorker(context);

        var html = html(get(publicPage() + "?lang=en"));

        assertThat(html)
                .contains("<span lang=\"en\">EN " + ACTION + "</span>")
                .contains("<span lang=\"en\" class=\"pre-line\">EN Objectives of " + ACTION + "</span>")
                .contains("Machine-translated from German")
                .contains("lang=\"de\">Objectives of " + ACTION + "</p>");
        assertThat(html(get(publicPage() + "?lang=en&originals=true")))
                .doesNotContain("EN " + ACTION)
                .contains("<span lang=\"de\">" + ACTION + "</span>");
    }

    @Test
    void aPersonsTranslationIsMarkedAsSuch() throws Exception {
        var title = action.translatableFields().keySet().iterator().next();
        textsRecorded();
        as(fixtures.coordinator(), () -> translations.correct(title, "en", "Office for monitoring"));

        assertThat(html(get(publicPage() + "?lang=en")))
                .contains("<span lang=\"en\">Office for monitoring</span>")
                .contains("Translated by a person from German")
                .contains("lang=\"de\">" + ACTION + "</p>");
    }

    @Test
    void beforeTheTranslationsAreMadeTheOriginalsAreShownWithANotice() throws Exception {
        textsRecorded();
        var html = read(secretariatPage(), fixtures.secretariat(), "en");

        assertThat(html)
                .contains("<span lang=\"de\">" + ACTION + "</span>")
                .contains("translations into your language are being prepared")
                .doesNotContain("Machine-translated from");
    }

    @Test
    void viewingAReportAsksForTheTranslationsItLacks() throws Exception {
        var cycle = fixtures.openCycle(context, "English cycle", 2023);
        var english = as(fixtures.coordinator(), () -> {
            var id = reports.startReport(cycle, fixtures.city().id());
            var content = reports.report(id).content();
            reports.update(
                    id,
                    reports.report(id).version(),
                    new ReportContent("en", content.level1(), content.actions(), content.explanations()));
            return id;
        });
        fixtures.explainAll(context, english);
        as(
                fixtures.coordinator(),
                () -> reports.submit(english, reports.report(english).version()));
        var field = ReportContent.level1Field(english, "description");
        textsRecorded();
        assertThat(translations.read(field, "es").status()).isEqualTo(ReadingStatus.ON_REQUEST);

        var html = read(
                "/manage/cities/" + fixtures.city().slug() + "/reports/" + english.value(),
                fixtures.coordinator(),
                "es");

        assertThat(html).contains("se están preparando sus traducciones");
        assertThat(translations.read(field, "es").status()).isEqualTo(ReadingStatus.PENDING);
    }

    @Test
    void aTextChangedSinceSubmissionIsShownAsWrittenNotWithTheTranslationOfTheOldOne() throws Exception {
        var cycle = fixtures.openCycle(context, "Revised cycle", 2023);
        var revised = as(
                fixtures.coordinator(),
                () -> reports.startReport(cycle, fixtures.city().id()));
        fixtures.explainAll(context, revised);
        as(
                fixtures.coordinator(),
                () -> reports.submit(revised, reports.report(revised).version()));
        runWorker(context);
        as(fixtures.secretariat(), () -> reports.returnForRevision(revised, "Please say more"));
        as(fixtures.coordinator(), () -> {
            var view = reports.report(revised);
            var content = view.content();
            var actions = new ArrayList<>(content.actions());
            var old = actions.get(0);
            actions.set(
                    0,
                    new ReportedAction(
                            old.id(),
                            old.planAction(),
                            ACTION + " (revised)",
                            old.objectives(),
                            old.methods(),
                            old.duration(),
                            old.impact(),
                            old.department(),
                            old.commitment(),
                            old.fieldsOfActivity(),
                            old.track(),
                            old.status(),
                            old.progress(),
                            old.evidenceLinks()));
            reports.update(
                    revised,
                    view.version(),
                    new ReportContent(content.language(), content.level1(), actions, content.explanations()));
        });

        var html = read(
                "/manage/cities/" + fixtures.city().slug() + "/reports/" + revised.value(),
                fixtures.coordinator(),
                "en");

        assertThat(html)
                .contains("<span lang=\"de\">" + ACTION + " (revised)</span>")
                .doesNotContain("EN " + ACTION + "</span>")
                .as("the texts left as submitted are still read translated")
                .contains("<span lang=\"en\" class=\"pre-line\">EN Objectives of " + ACTION + "</span>");
    }

    @Test
    void theSubmittedTextsAreForWhoeverMayReadTheReport() {
        var other = ReportFixtures.create(context);

        assertThat(as(fixtures.secretariat(), () -> reports.submittedTexts(report)))
                .containsEntry(ReportContent.level1Field(report, "description"), "Our work")
                .containsValue(EXPLANATION)
                .containsAllEntriesOf(action.translatableFields());
        assertThatThrownBy(() -> as(other.coordinator(), () -> reports.submittedTexts(report)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.secretariat(), () -> reports.submittedTexts(report)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePdfMarksMachineTranslatedTexts() throws Exception {
        runWorker(context);
        var pdf = "/api/v1/reports/" + report.value() + "/export.pdf";

        assertThat(pdfText(get(pdf + "?lang=en")))
                .contains("EN " + ACTION + " [MT]")
                .contains("EN Objectives of " + ACTION + " [MT]")
                .contains("EN " + EXPLANATION + " [MT]")
                .contains("Texts marked [MT] are machine-translated");
        assertThat(pdfText(get(pdf + "?lang=en&originals=true")))
                .contains(ACTION)
                .doesNotContain("EN " + ACTION)
                .doesNotContain("[MT]");
        assertThat(pdfText(get("/api/v1/reports/" + report.value() + "/versions/1/export.pdf?lang=en")))
                .contains("EN " + ACTION + " [MT]");
    }

    @Test
    void theExportsHoldTheTextsAsWrittenWithTheirLanguage() throws Exception {
        runWorker(context);
        var cycle =
                as(fixtures.secretariat(), () -> reports.report(report).cycle().id());

        assertThat(html(get("/api/v1/reports/" + report.value() + "/export.json?lang=en")
                        .with(user(fixtures.secretariat()))))
                .contains("\"language\":\"de\"")
                .contains("\"title\":\"" + ACTION + "\"")
                .contains(EXPLANATION)
                .doesNotContain("EN ");
        assertThat(html(get("/api/v1/cycles/" + cycle.value() + "/accepted-reports.csv?lang=en")
                        .with(user(fixtures.secretariat()))))
                .contains(",de,")
                .contains(ACTION)
                .doesNotContain("EN ");
    }

    String pdfText(MockHttpServletRequestBuilder request) throws Exception {
        var pdf = mvc.perform(request.with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
