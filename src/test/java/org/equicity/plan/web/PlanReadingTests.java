package org.equicity.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanDetails;
import org.equicity.plan.PlanFixtures;
import org.equicity.plan.PlanFixtures.TestCity;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.translation.LanguageWarning;
import org.equicity.translation.TranslationTestContext;
import org.equicity.translation.Translations;
import org.equicity.translation.Translations.ReadingStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plan texts read in the reader's language: the German plan of a German city, translated into English by the
 * recording LibreTranslate stand-in (which writes "EN " before what it translates), so that what is a translation
 * and what is the original can be told apart on the page.
 */
class PlanReadingTests extends TranslationTestContext {

    static final String TITLE = "Aktionsplan gegen Rassismus";
    static final String ACTION = "Beratungsstelle für Betroffene";

    @Autowired
    MockMvc mvc;

    @Autowired
    Plans plans;

    @Autowired
    Translations translations;

    TestCity city;
    UserDetails coordinator;
    PlanId plan;
    ActionId action;
    String page;

    @BeforeEach
    void aPublishedGermanPlan() {
        city = PlanFixtures.city(context);
        coordinator = PlanFixtures.coordinator(context, city);
        as(coordinator, () -> {
            plan = plans.create(new Plans.NewPlan(
                    city.city().id(),
                    new PlanDetails(TITLE, 2025, 2028, "de"),
                    PlanFixtures.COMMITMENTS,
                    PlanFixtures.TRACKS,
                    null));
            var commitment = plans.addCommitment(plan, PlanFixtures.commitment("1", city));
            action = plans.addAction(
                    plan, commitment, PlanFixtures.action(ACTION, ActionStatus.PLANNED, city, List.of()));
            plans.openConsultation(plan);
            plans.adopt(plan, PlanFixtures.DECISION);
        });
        page = "/cities/" + city.city().slug() + "/plans/" + plan.value();
        // the translation module records the saved texts in the background; the tests start from there
        textsRecorded();
    }

    String publicPage(String language, String... originals) throws Exception {
        // in the address, as a browser sends it, so that the page-wide toggle's links keep it
        var request = get(page + "?lang=" + language);
        if (originals.length > 0) {
            request = request.param("originals", originals[0]);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aMachineTranslationIsShownMarkedWithTheOriginalOneClickAway() throws Exception {
        runWorker(context);

        var html = publicPage("en");

        assertThat(html)
                .contains("<span lang=\"en\">EN " + TITLE + "</span>")
                .contains("EN " + ACTION)
                .contains("Machine-translated from German")
                .contains("<details class=\"translation-note\">")
                .contains("lang=\"de\">" + TITLE + "</p>")
                .contains("Some texts on this page are machine-translated")
                .contains("Show all texts as written")
                .contains("href=\"" + page + "?lang=en&amp;originals=true\"");
    }

    @Test
    void thePageWideToggleShowsEveryTextAsWritten() throws Exception {
        runWorker(context);

        var html = publicPage("en", "true");

        assertThat(html)
                .doesNotContain("EN " + TITLE)
                .doesNotContain("Machine-translated from")
                .contains("<span lang=\"de\">" + TITLE + "</span>")
                .contains("All texts are shown as written")
                .contains("Show texts in my language");
    }

    @Test
    void aPersonsTranslationIsMarkedAsSuch() throws Exception {
        as(coordinator, () -> translations.correct(PlanTexts.title(plan), "en", "Action plan against racism"));

        var html = publicPage("en");

        assertThat(html)
                .contains("<span lang=\"en\">Action plan against racism</span>")
                .contains("Translated by a person from German")
                .contains("lang=\"de\">" + TITLE + "</p>");
    }

    @Test
    void beforeTheTranslationIsMadeTheOriginalIsShownWithANotice() throws Exception {
        var html = publicPage("en");

        assertThat(html)
                .contains("<span lang=\"de\">" + TITLE + "</span>")
                .contains("translations into your language are being prepared")
                .doesNotContain("Machine-translated from");
    }

    @Test
    void withoutAnEngineForTheReadersLanguageTheOriginalIsShownWithANotice() throws Exception {
        var html = publicPage("fr");

        assertThat(html)
                .contains("<span lang=\"de\">" + TITLE + "</span>")
                .contains("aucune traduction dans votre langue n’est disponible");
    }

    @Test
    void viewingAPageAsksForTheTranslationsItLacks() throws Exception {
        var english = as(coordinator, () -> {
            var id = plans.create(new Plans.NewPlan(
                    city.city().id(),
                    new PlanDetails("Plan against racism", 2025, 2028, "en"),
                    PlanFixtures.COMMITMENTS,
                    PlanFixtures.TRACKS,
                    null));
            plans.openConsultation(id);
            plans.adopt(id, PlanFixtures.DECISION);
            return id;
        });
        var field = PlanTexts.title(english);
        textsRecorded();
        assertThat(translations.read(field, "es").status()).isEqualTo(ReadingStatus.ON_REQUEST);

        mvc.perform(get("/cities/" + city.city().slug() + "/plans/" + english.value())
                        .param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("se están preparando sus traducciones")));

        assertThat(translations.read(field, "es").status()).isEqualTo(ReadingStatus.PENDING);
    }

    @Test
    void theManagePageAndTheCityPageReadInTheReadersLanguageToo() throws Exception {
        runWorker(context);

        mvc.perform(get("/manage/cities/" + city.city().slug() + "/plans/" + plan.value())
                        .param("lang", "en")
                        .with(user(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EN " + ACTION)))
                .andExpect(content().string(containsString("Machine-translated from German")));
        mvc.perform(get("/cities/" + city.city().slug()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("EN " + TITLE)))
                .andExpect(content().string(containsString("Machine-translated from German")));
    }

    @Test
    void exportsInAnotherLanguageSayWhichTextsAreMachineTranslated() throws Exception {
        runWorker(context);
        var api = "/api/v1/plans/" + plan.value();

        var csv = mvc.perform(get(api + "/export.csv").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("machine_translated_from").contains("EN " + ACTION);
        assertThat(csv.lines().filter(line -> line.contains("EN " + ACTION)))
                .singleElement()
                .asString()
                .endsWith(",German");

        var imports = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/import";
        var preview = mvc.perform(multipart(imports)
                        .file(new MockMultipartFile(
                                "file", "plan.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(user(coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(preview).param("lang", "en").with(user(coordinator)))
                .andExpect(content().string(containsString("Rows with problems: 1")))
                .andExpect(content().string(containsString("This row holds machine-translated texts")));

        var originals = mvc.perform(get(api + "/export.csv").param("lang", "en").param("originals", "true"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(originals).contains(ACTION).doesNotContain("EN " + ACTION).doesNotContain(",German");

        var pdf = mvc.perform(get(api + "/export.pdf").param("lang", "en"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document);
            assertThat(text).contains("EN " + TITLE + " [MT]").contains("Texts marked [MT] are machine-translated");
        }
    }

    @Test
    void theLanguageChosenInTheFormIsStoredAndTranslatedFrom() throws Exception {
        var commitment =
                as(coordinator, () -> plans.plan(plan).commitments().get(0).id());

        mvc.perform(post("/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/commitments/"
                                + commitment.value() + "/actions/new")
                        .with(user(coordinator))
                        .with(csrf())
                        .param("title", "Oficina de atención a las víctimas")
                        .param("status", "PLANNED")
                        .param("language", "es"))
                .andExpect(status().is3xxRedirection());

        var stored = as(
                coordinator,
                () -> plans.plan(plan).actions().stream()
                        .filter(a -> a.content().title().startsWith("Oficina"))
                        .findFirst()
                        .orElseThrow());
        assertThat(stored.content().language()).isEqualTo("es");
        textsRecorded();
        assertThat(translations.read(PlanTexts.title(stored.id()), "en").sourceLanguage())
                .isEqualTo("es");
        assertThat(as(
                        coordinator,
                        () -> plans.plan(plan)
                                .action(action)
                                .orElseThrow()
                                .content()
                                .language()))
                .as("left out, the plan's language")
                .isEqualTo("de");
    }

    @Test
    void aSpanishTextSavedAsGermanIsFlaggedAfterSavingAndAGermanOneIsNot() throws Exception {
        var edit = "/manage/cities/" + city.city().slug() + "/plans/" + plan.value() + "/actions/" + action.value()
                + "/edit";
        var version = as(
                coordinator, () -> plans.plan(plan).action(action).orElseThrow().version());

        var session = mvc.perform(post(edit)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("title", ACTION)
                        .param(
                                "description",
                                "El ayuntamiento ofrece cursos de formación contra la discriminación para todo su personal.")
                        .param("status", "PLANNED")
                        .param("language", "de"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("languageWarning", new LanguageWarning("es", "de", edit + "#language")))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(as(
                        coordinator,
                        () -> plans.plan(plan)
                                .action(action)
                                .orElseThrow()
                                .content()
                                .description()))
                .as("the warning never stands in the way of the save")
                .startsWith("El ayuntamiento");
        mvc.perform(get("/manage/cities/" + city.city().slug() + "/plans/" + plan.value())
                        .param("lang", "en")
                        .with(user(coordinator))
                        .cookie(session))
                .andExpect(
                        content().string(containsString("This text looks like Spanish, but it is recorded as German.")))
                .andExpect(content().string(containsString("href=\"" + edit + "#language\"")));

        mvc.perform(post(edit)
                        .with(user(coordinator))
                        .with(csrf())
                        .param("version", String.valueOf(version + 1))
                        .param("title", ACTION)
                        .param(
                                "description",
                                "Die Stadtverwaltung bietet allen Beschäftigten Fortbildungen gegen Diskriminierung an.")
                        .param("status", "PLANNED")
                        .param("language", "de"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeCount(1))
                .andExpect(flash().attribute("notice", "plan.notice.saved"));
    }

    @Test
    void theApiTakesAndTellsTheLanguage() throws Exception {
        var api = "/api/v1/plans/" + plan.value();
        mvc.perform(get(api).with(user(coordinator)))
                .andExpect(content().string(containsString("\"language\":\"de\"")));

        mvc.perform(put(api).with(user(coordinator))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":"
                                + as(coordinator, () -> plans.plan(plan).version())
                                + ",\"title\":\"Plan contra el racismo\",\"startYear\":2025,\"endYear\":2028,"
                                + "\"language\":\"xx\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put(api).with(user(coordinator))
                        .with(csrf())
                        .contentType("application/json")
                        .content("{\"version\":"
                                + as(coordinator, () -> plans.plan(plan).version())
                                + ",\"title\":\"Plan contra el racismo\",\"startYear\":2025,\"endYear\":2028,"
                                + "\"language\":\"es\"}"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"language\":\"es\"")))
                .andExpect(content().string(not(containsString("\"language\":\"xx\""))));
        textsRecorded();
        assertThat(translations.read(PlanTexts.title(plan), "en").sourceLanguage())
                .isEqualTo("es");
    }
}
