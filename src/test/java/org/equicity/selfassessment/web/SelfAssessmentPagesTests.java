package org.equicity.selfassessment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessmentFixtures;
import org.equicity.selfassessment.SelfAssessmentFixtures.Story;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The city's people work on a self-assessment through its pages: the coordinator starts one against the benchmark,
 * a department contact answers a key factor's guide questions, judges it and adds a document and a plan action as
 * evidence, reading the examples of other cities in German; a wrong link is shown beside its field; the coordinator
 * signs it off, builds a development plan whose quick win becomes a plan action, and reads the progress chart with
 * its table. Another city's coordinator is refused every page and every write.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SelfAssessmentPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    SelfAssessments assessments;

    @Autowired
    Plans plans;

    Story mine;
    Story theirs;

    @BeforeEach
    void setUp() {
        mine = SelfAssessmentFixtures.story(context);
        theirs = SelfAssessmentFixtures.story(context);
    }

    String base(Story story) {
        return "/manage/cities/" + story.slug() + "/self-assessments";
    }

    String start(Story story) throws Exception {
        var location = mvc.perform(post(base(story))
                        .with(user(story.coordinator()))
                        .with(csrf())
                        .param("framework", SelfAssessmentFixtures.BENCHMARK.toString())
                        .param("title", "Baseline 2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base(story) + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    long factorVersion(String id, String factor) {
        return as(
                mine.coordinator(),
                () -> assessments
                        .assessment(new SelfAssessmentId(UUID.fromString(id)))
                        .factor(factor)
                        .orElseThrow()
                        .version());
    }

    @Test
    void aContactAnswersAKeyFactorWithEvidenceAndReadsTheExamplesInGerman() throws Exception {
        var id = start(mine);
        var factorPage = base(mine) + "/" + id + "/factors/kf1";

        mvc.perform(get(factorPage).with(user(mine.contact())).locale(Locale.GERMAN))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Öffentliches Bekenntnis"),
                                containsString("Gibt es eine öffentliche Erklärung"),
                                containsString("Beispiele aus anderen Städten"),
                                containsString("Gent"),
                                containsString("Teilweise erfüllt"),
                                containsString("Datenverfügbarkeit"))));

        mvc.perform(post(factorPage)
                        .with(user(mine.contact()))
                        .with(csrf())
                        .param("version", String.valueOf(factorVersion(id, "kf1")))
                        .param("answers[0]", "Yes: the council's declaration of 2019.")
                        .param("judgement", "partly-met")
                        .param("explanation", "Leaders rarely refer to it.")
                        .param("contextFactors", "cf6"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "selfassessment.notice.factor-saved"));
        mvc.perform(post(factorPage + "/evidence")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .param("kind", "minutes")
                        .param("title", "Council minutes, 12 May 2019")
                        .param("link", "javascript:alert(1)"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"link-error\"")));
        mvc.perform(post(factorPage + "/evidence")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .param("kind", "minutes")
                        .param("title", "Council minutes, 12 May 2019")
                        .param("link", "https://example.org/minutes"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(factorPage + "/evidence/picked")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .param(
                                "item",
                                "action:" + mine.plan().value() + "/"
                                        + mine.action().value()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(factorPage + "/evidence/picked")
                        .with(user(mine.contact()))
                        .with(csrf())
                        .param(
                                "item",
                                "action:" + theirs.plan().value() + "/"
                                        + theirs.action().value()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"item-error\"")));

        mvc.perform(get(base(mine) + "/" + id).with(user(mine.partner())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Public commitment"), containsString("Partly met"))));
        mvc.perform(get(factorPage).with(user(mine.partner())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Council minutes, 12 May 2019"),
                                containsString("Anti-discrimination clause"),
                                containsString("City&#39;s political situation"),
                                not(containsString("name=\"judgement\"")))));
    }

    @Test
    void theCoordinatorSignsOffBuildsADevelopmentPlanAndReadsTheProgressChart() throws Exception {
        var id = start(mine);
        var assessment = new SelfAssessmentId(UUID.fromString(id));
        as(mine.coordinator(), () -> SelfAssessmentFixtures.judgeAll(assessments, assessment, "not-met"));
        mvc.perform(post(base(mine) + "/" + id + "/sign-off")
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .param(
                                "version",
                                String.valueOf(as(
                                        mine.coordinator(),
                                        () -> assessments.assessment(assessment).version()))))
                .andExpect(flash().attribute("notice", "selfassessment.notice.signed-off"));

        var development = base(mine) + "/" + id + "/development";
        mvc.perform(post(development)
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .param("factor", "kf1")
                        .param("title", "Mayor's statement against discrimination")
                        .param("horizon", "QUICK_WIN")
                        .param("owner", "Mayor's office")
                        .param("due", "2027-03-21"))
                .andExpect(status().is3xxRedirection());
        var quickWin = as(
                mine.coordinator(),
                () -> assessments.assessment(assessment).development().get(0));
        mvc.perform(get(development).with(user(mine.coordinator())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Mayor&#39;s statement against discrimination"),
                                containsString("Quick win"),
                                containsString("Add to the action plan"))));
        mvc.perform(post(development + "/" + quickWin.id().value() + "/plan")
                        .with(user(mine.coordinator()))
                        .with(csrf())
                        .param(
                                "commitment",
                                mine.plan().value() + "/" + mine.commitment().value()))
                .andExpect(flash().attribute("notice", "selfassessment.notice.in-plan"));
        var tagged = as(
                mine.coordinator(),
                () -> plans.plan(mine.plan()).actions().stream()
                        .filter(action -> action.content().tags().contains("eurocities-benchmark-key-factors@2012:kf1"))
                        .toList());
        assertThat(tagged)
                .singleElement()
                .satisfies(action ->
                        assertThat(action.content().title()).isEqualTo("Mayor's statement against discrimination"));

        mvc.perform(get(base(mine) + "/progress/" + SelfAssessmentFixtures.BENCHMARK)
                        .with(user(mine.contact())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<svg"),
                                containsString("role=\"img\""),
                                containsString("<caption"),
                                containsString("Baseline 2026"))));
    }

    @Test
    void anotherCitysCoordinatorIsRefusedEveryPageAndWrite() throws Exception {
        var id = start(mine);
        var page = base(mine) + "/" + id;
        for (var address : new String[] {page, page + "/factors/kf1", page + "/development", base(mine)}) {
            mvc.perform(get(address).with(user(theirs.coordinator()))).andExpect(status().isForbidden());
        }
        mvc.perform(post(page + "/factors/kf1")
                        .with(user(theirs.coordinator()))
                        .with(csrf())
                        .param("version", "0")
                        .param("judgement", "met"))
                .andExpect(status().isForbidden());
        mvc.perform(post(page + "/sign-off")
                        .with(user(theirs.coordinator()))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(mine))
                        .with(user(theirs.coordinator()))
                        .with(csrf())
                        .param("framework", SelfAssessmentFixtures.BENCHMARK.toString())
                        .param("title", "Taken over"))
                .andExpect(status().isForbidden());
        mvc.perform(get(page)).andExpect(status().is3xxRedirection());
    }

    @Test
    void aContactUploadsMinutesWhichOnlyTheCitysPeopleDownload() throws Exception {
        var id = start(mine);
        var factorPage = base(mine) + "/" + id + "/factors/kf2";
        var pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        mvc.perform(multipart(factorPage + "/evidence")
                        .file(new MockMultipartFile("file", "C:\\Users\\me\\minutes.pdf", "application/pdf", pdf))
                        .with(user(mine.contact()))
                        .with(csrf())
                        .param("kind", "minutes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "selfassessment.notice.evidence-added"));
        mvc.perform(multipart(factorPage + "/evidence")
                        .file(new MockMultipartFile(
                                "file",
                                "notes.pdf",
                                "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .with(user(mine.contact()))
                        .with(csrf())
                        .locale(Locale.GERMAN)
                        .param("kind", "minutes")
                        .param("title", "Disguised page"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"file-error\""),
                                containsString("aria-describedby=\"file-help file-error\""),
                                containsString("werden nicht angenommen"),
                                containsString("value=\"Disguised page\""))));

        var piece = as(mine.coordinator(), () -> assessments.assessment(new SelfAssessmentId(UUID.fromString(id))))
                .factor("kf2")
                .orElseThrow()
                .evidence();
        assertThat(piece).hasSize(1);
        assertThat(piece.get(0).title()).isEqualTo("minutes.pdf");
        var download = factorPage + "/evidence/" + piece.get(0).id().value() + "/file";
        mvc.perform(get(factorPage).with(user(mine.contact())))
                .andExpect(content().string(containsString(download)));
        var response = mvc.perform(get(download).with(user(mine.contact())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition"))
                .startsWith("attachment")
                .contains("minutes.pdf");
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(get(download).with(user(theirs.coordinator()))).andExpect(status().isForbidden());
        var elsewhere = start(theirs);
        mvc.perform(get(base(theirs) + "/" + elsewhere + "/factors/kf2/evidence/"
                                + piece.get(0).id().value() + "/file")
                        .with(user(theirs.coordinator())))
                .andExpect(status().isNotFound());
        mvc.perform(multipart(factorPage + "/evidence")
                        .file(new MockMultipartFile("file", "minutes.pdf", "application/pdf", pdf))
                        .with(user(theirs.coordinator()))
                        .with(csrf())
                        .param("kind", "minutes"))
                .andExpect(status().isForbidden());
    }
}
