package org.equicity.practice.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.equicity.practice.importing.PracticeImports.ImportId;
import org.equicity.practice.importing.PracticeImports.ProblemKind;
import org.equicity.practice.importing.PracticeImports.Status;
import org.equicity.shared.UiSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The secretariat's pages: it uploads a compendium, sees the practices found with their problems in its language,
 * gives the two practices whose owner was not recognised their owners, maps the unknown label, and imports; the page
 * then shows what the import did. Another network's secretariat does not reach the pages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void theSecretariatFixesTwoOwnersInThePreviewAndImports() throws Exception {
        var world = new ImportWorld(context);
        var base = "/manage/networks/" + world.network.slug() + "/practice-imports";
        assertThat(page(base, world)).contains("Import a compendium of good practices", "id=\"sourceTitle\"");

        var refused = mvc.perform(multipart(base)
                        .file(new MockMultipartFile("file", "notes.txt", "text/plain", "Nothing here.".getBytes()))
                        .param("title", "Notes")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .locale(Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("id=\"file-error\"", "No practice was found in the document");

        var location = mvc.perform(multipart(base)
                        .file(new MockMultipartFile(
                                "file",
                                "compendium.docx",
                                "application/octet-stream",
                                ImportWorld.compendium().docx()))
                        .param("title", "Compendium of urban practices against discrimination")
                        .param("publisher", "Council of Europe")
                        .param("date", "2019")
                        .with(user(world.secretariat))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var preview = page(location, world);
        assertThat(preview)
                .contains("37 practices found", "35 new", "2 not imported")
                .contains("Not recognised: Atlantis", "Title missing from the table of contents: Harbour festival")
                .contains("Section with an unknown label: Lead partner");

        var id = new ImportId(java.util.UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        var found = world.preview(id);
        var request = post(location + "/corrections")
                .param(
                        "owner:"
                                + PracticeImportTests.practice(found, "Harbour festival")
                                        .key(),
                        "city:" + world.cities.get("Lisbon").id().value())
                .param(
                        "owner:"
                                + PracticeImportTests.practice(found, "Housing for all campaign")
                                        .key(),
                        "contributor:" + world.ministry.value())
                .param("label:Lead partner", "IMPLEMENTING_PARTNERS")
                .with(user(world.secretariat))
                .with(csrf());
        found.practices().forEach(practice -> request.param("selected", practice.key()));
        mvc.perform(request).andExpect(status().is3xxRedirection());
        assertThat(page(location, world))
                .contains("37 new", "Import 37 practices")
                .as("the owner chosen stays chosen in its group")
                .contains("value=\"contributor:" + world.ministry.value() + "\" selected=\"selected\"");

        mvc.perform(post(location + "/confirm").with(user(world.secretariat)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (world.preview(id).status() == Status.IMPORTING && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(page(location, world)).contains("Imported: 37 new, 0 updated, 0 unchanged, 0 not imported.");

        var other = new ImportWorld(context);
        mvc.perform(get(base).with(user(other.secretariat))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/networks/" + other.network.slug() + "/practice-imports/" + id.value())
                        .with(user(other.secretariat)))
                .andExpect(status().isForbidden());
    }

    /** A message key a page failed to resolve: a module's prefix and at least two more parts. */
    static final Pattern RAW_KEY = Pattern.compile("\\b(?:practice|text|common)\\.[a-zA-Z-]+\\.[\\w.-]+");

    @Test
    void everyProblemThePreviewReportsIsWrittenInTheReadersLanguage() throws Exception {
        var world = new ImportWorld(context);
        var usual = new LinkedHashMap<String, String>();
        usual.put("Area of intervention", "Public services");
        usual.put("Purpose", "Residents get help.");
        var compendium = new TestCompendium("Compendium with every problem")
                .written(ImportWorld.THEME_ONE, "AUSTRIA", "GRAZ: Open doors", usual)
                .written(ImportWorld.THEME_ONE, "AUSTRIA", "SALZBURG: Open doors", usual)
                .written(ImportWorld.THEME_ONE, "AUSTRIA", "GRAZ: Gadget week", Map.of("Type", "Gadget"))
                .written(ImportWorld.THEME_ONE, "AUSTRIA", "GRAZ: Partners day", Map.of("Lead partner", "Red Cross"))
                .written(
                        ImportWorld.THEME_ONE,
                        "AUSTRIA",
                        "GRAZ: Coded work",
                        Map.of("Field of action codes", "no-such"))
                .written(
                        ImportWorld.THEME_ONE,
                        "AUSTRIA",
                        "GRAZ: Long locator",
                        Map.of("Source section", "x".repeat(301)))
                .written(ImportWorld.THEME_TWO, "SPAIN", "ATLANTIS: Harbour festival", usual)
                .unlisted();
        var id = world.upload("problems.docx", compendium.docx(), "2020");
        var reported = world.preview(id).practices().stream()
                .flatMap(practice -> practice.problems().stream())
                .map(PracticeImports.Problem::kind)
                .collect(Collectors.toSet());
        // a practice is found only where a label follows its title, so none is ever found without sections
        assertThat(reported).containsAll(EnumSet.complementOf(EnumSet.of(ProblemKind.NO_SECTIONS)));

        var location = "/manage/networks/" + world.network.slug() + "/practice-imports/" + id.value();
        for (var language : UiSettings.OFFERED) {
            var preview = page(location, world, Locale.forLanguageTag(language));
            assertThat(RAW_KEY.matcher(preview).results().map(MatchResult::group))
                    .as("message keys on the preview in %s", language)
                    .isEmpty();
            assertThat(preview).as(language).doesNotContain("sourceLocator");
        }
        assertThat(page(location, world, Locale.GERMAN))
                .contains("Seite oder Abschnitt darf höchstens 300 Zeichen haben.")
                .contains("Art der Maßnahme nicht erkannt: Gadget");

        // the upload form names the field a rule is about by its label too
        var refused = mvc.perform(multipart("/manage/networks/" + world.network.slug() + "/practice-imports")
                        .file(new MockMultipartFile(
                                "file", "problems.docx", "application/octet-stream", compendium.docx()))
                        .param("title", "Compendium with every problem")
                        .param("designatedBy", "Intercultural Cities")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("Bitte füllen Sie Ausgezeichnet am aus.").doesNotContain("designatedOn aus");
    }

    private String page(String path, ImportWorld world) throws Exception {
        return page(path, world, Locale.ENGLISH);
    }

    private String page(String path, ImportWorld world, Locale locale) throws Exception {
        return mvc.perform(get(path).with(user(world.secretariat)).locale(locale))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
