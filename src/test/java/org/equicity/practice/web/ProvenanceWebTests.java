package org.equicity.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.equicity.practice.web.PracticeWorld.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.equicity.practice.ContributorId;
import org.equicity.practice.ContributorKind;
import org.equicity.practice.Contributors;
import org.equicity.practice.OwnerLevel;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A secretariat records that a ministry's practice was published in a Council of Europe compendium of 2019 and
 * designated there: it is public at once, without a made-up review, and pages and citations give the compendium's year
 * and publisher rather than the day it was recorded.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProvenanceWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    PracticeWorld world;
    ContributorId ministry;
    PracticeId practice;

    @BeforeEach
    void setUp() {
        world = new PracticeWorld(context);
        ministry = world.contributor(
                "Ministry of Social Affairs", ContributorKind.NATIONAL_AUTHORITY, OwnerLevel.NATIONAL, "PT");
        practice = as(
                world.secretariat,
                () -> context.getBean(Contributors.class)
                        .submit(ministry, content("Mentors for migrants", List.of("education"), null, null, 2017)));
    }

    @Test
    void aPracticeDesignatedElsewhereIsPublishedAndCitedToItsSource() throws Exception {
        mvc.perform(put("/api/v1/practices/" + practice.value() + "/source")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Compendium of good practices on integration", "publisher": "Council of Europe",
                                 "date": "2019-05", "locator": "p. 42"}"""))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/practices/" + practice.value() + "/source")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "Compendium of good practices on integration", "publisher": "Council of Europe",
                                 "date": "2019", "address": "https://example.org/compendium.pdf", "locator": "p. 42"}"""))
                .andExpect(status().isNoContent());
        mvc.perform(put("/api/v1/practices/" + practice.value() + "/outside-designation")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"body": "Council of Europe Intercultural Cities", "on": "2019-05-01",
                                 "source": "Compendium of good practices on integration, p. 42"}"""))
                .andExpect(status().isNoContent());

        var view = as(world.secretariat, () -> world.practices.practice(practice));
        assertThat(view.summary().status()).isEqualTo(PracticeStatus.DESIGNATED);

        var page = body("/practices/" + practice.value());
        assertThat(page)
                .contains("Published in", "Compendium of good practices on integration", "Council of Europe", "p. 42")
                .contains("Designated by", "Council of Europe Intercultural Cities, on 2019-05-01")
                .contains("Ministry of Social Affairs (2019). Mentors for migrants. In: Compendium of good practices"
                        + " on integration, p. 42. Council of Europe.");
        var ris = body("/practices/" + practice.value() + "/citation.ris");
        assertThat(ris)
                .contains("TY  - CHAP", "PY  - 2019", "PB  - Council of Europe", "SP  - p. 42")
                .contains("T2  - Compendium of good practices on integration")
                .contains("N1  - Good practice designated by Council of Europe Intercultural Cities.");
        var bib = body("/practices/" + practice.value() + "/citation.bib");
        assertThat(bib)
                .startsWith("@incollection{")
                .contains("year = {2019}", "publisher = {{Council of Europe}}", "pages = {p. 42}")
                .contains("booktitle = {{Compendium of good practices on integration}}");
        mvc.perform(get("/api/v1/practices/" + practice.value()))
                .andExpect(jsonPath("$.provenance.document.publisher").value("Council of Europe"))
                .andExpect(jsonPath("$.designatedBy.body").value("Council of Europe Intercultural Cities"));
    }

    @Test
    void theNetworksOwnCommitteeStillReviewsAndOnlyItsSecretariatRecordsAnOutsideDesignation() throws Exception {
        var designation = """
                {"body": "EUROCITIES", "on": "2020-01-01", "source": "Integrating Cities report"}""";
        var other = new PracticeWorld(context);
        mvc.perform(put("/api/v1/practices/" + practice.value() + "/outside-designation")
                        .with(user(other.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(designation))
                .andExpect(status().isForbidden());

        as(world.secretariat, () -> {
            world.practices.startReview(practice);
            return null;
        });
        mvc.perform(put("/api/v1/practices/" + practice.value() + "/outside-designation")
                        .with(user(world.secretariat))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(designation))
                .andExpect(status().isUnprocessableContent());
        as(world.secretariat, () -> {
            world.practices.designate(practice);
            return null;
        });
        // designated by the network itself: cited to the network in the year it decided, as before
        var year = String.valueOf(java.time.Year.now(java.time.ZoneOffset.UTC).getValue());
        assertThat(body("/practices/" + practice.value() + "/citation.ris"))
                .contains("TY  - ELEC", "PY  - " + year, "PB  - " + world.network.name());
    }

    private String body(String path) throws Exception {
        return mvc.perform(get(path).locale(java.util.Locale.ENGLISH))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
