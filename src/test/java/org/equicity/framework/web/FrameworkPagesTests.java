package org.equicity.framework.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class FrameworkPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Frameworks frameworks;

    @Test
    void theListShowsEveryFrameworkWithItsVersionsInTheReadersLanguage() throws Exception {
        mvc.perform(get("/frameworks").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Rahmenwerke</h1>")))
                .andExpect(content().string(containsString("Zehn Verpflichtungen des ECCAR-10-Punkte-Aktionsplans")))
                .andExpect(content().string(containsString("href=\"/frameworks/eccar-commitments/2023\"")))
                .andExpect(
                        content().string(containsString("href=\"/frameworks/eurocities-benchmark-key-factors/2012\"")))
                .andExpect(content().string(containsString("Quelle: ECCAR Toolkit for Equality")));
    }

    @Test
    @Tag("database")
    void aVersionInUseIsMarkedSo() throws Exception {
        frameworks.recordUse(new FrameworkRef("eccar-tracks", "2023"), "network:pages-test");

        mvc.perform(get("/frameworks").param("lang", "en")).andExpect(content().string(containsString("In use")));
        mvc.perform(get("/frameworks/eccar-tracks/2023").param("lang", "en"))
                .andExpect(content().string(containsString("In use by at least one network")));
    }

    @Test
    void aFrameworkPageShowsEveryItemInGermanWithAnchorsAndCrosswalkLinks() throws Exception {
        var page = mvc.perform(get("/frameworks/eccar-commitments/2023").param("lang", "de"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<h1>Zehn Verpflichtungen des ECCAR-10-Punkte-Aktionsplans</h1>")))
                .andExpect(content().string(containsString("id=\"item-7\"")))
                .andExpect(content().string(containsString("Gerechter Zugang zu Wohnraum")))
                .andExpect(content().string(containsString("Verwandte Einträge in anderen Rahmenwerken")))
                .andExpect(content()
                        .string(containsString("href=\"/frameworks/eccar-fields-of-activity/2023#item-housing\"")))
                .andExpect(
                        content().string(containsString("href=\"/frameworks/ici-fields-of-action/2019#item-housing\"")))
                .andExpect(content().string(not(containsString("Fair Access to Housing"))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        for (int commitment = 1; commitment <= 10; commitment++) {
            assertThat(page).contains("id=\"item-" + commitment + "\"");
        }
        // The crosswalk notes exist only in English: shown as such, marked for screen readers.
        assertThat(page).containsPattern("<span class=\"item-note\" lang=\"en\">Same matter: housing.</span>");
    }

    @Test
    void subItemsAreNestedUnderTheirItemAndGuideQuestionsAreListed() throws Exception {
        var page = mvc.perform(get("/frameworks/ici-fields-of-action/2019").param("lang", "fr"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var parent = page.indexOf("id=\"item-anti-discrimination\"");
        var child = page.indexOf("id=\"item-gender-intersectionality\"");
        assertThat(parent).isPositive();
        assertThat(child).isGreaterThan(parent);
        assertThat(page.substring(parent, child)).contains("<ol class=\"framework-items\">");
        assertThat(page)
                .containsPattern("<h3><span class=\"item-code\">gender-intersectionality</span> <span>Genre et");

        mvc.perform(get("/frameworks/eurocities-benchmark-key-factors/2012").param("lang", "es"))
                .andExpect(content().string(containsString("Preguntas orientativas")))
                .andExpect(content().string(containsString("<ul class=\"guide-questions\">")));
    }

    @Test
    void theCrosswalkPageListsEveryLinkInATableWithACaption() throws Exception {
        var links = frameworks.crosswalk().size();
        mvc.perform(get("/frameworks/crosswalk").param("lang", "it"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<caption>I " + links + " collegamenti")))
                .andExpect(content().string(containsString("<th scope=\"col\">Elemento correlato</th>")))
                .andExpect(content().string(containsString("href=\"/frameworks/eccar-commitments/2023#item-7\"")));
    }

    @Test
    void unknownOrMalformedFrameworksAreNotFound() throws Exception {
        mvc.perform(get("/frameworks/eccar-commitments/1999")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/nothing/2023")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/ECCAR_commitments/2023")).andExpect(status().isNotFound());
        mvc.perform(get("/frameworks/eccar-commitments/..")).andExpect(status().is4xxClientError());
    }
}
