package org.equicity.selfassessment.peerreview.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.plan.PlanFixtures.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.report.web.SchemaCheck;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviewWorld;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The peer review on its pages and in the API: the host prepares it from its page, the team reads it with only the
 * shared evidence, outsiders find nothing until the host publishes, and then the public reads the report (page,
 * JSON following the published schema, PDF) without addresses and hearings. The network's secretariat reads its
 * overview as a table and a chart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PeerReviewWebTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PeerReviews reviews;

    PeerReviewWorld world;

    @BeforeEach
    void setUp() {
        world = PeerReviewWorld.create(context);
    }

    String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    int answer(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    @Test
    void theHostPreparesAReviewOnItsPageAndTheTeamSeesOnlyTheSharedEvidence() throws Exception {
        var slug = world.host().slug();
        assertThat(body(get("/cities/" + slug + "/peer-reviews")
                        .with(user(world.host().coordinator()))))
                .contains("Prepare a peer review")
                .contains("Baseline, signed off on");
        mvc.perform(post("/cities/" + slug + "/peer-reviews")
                        .with(user(world.host().coordinator()))
                        .with(csrf())
                        .param("assessment", world.assessment().value().toString())
                        .param("title", "Prepared on the page"))
                .andExpect(status().is3xxRedirection());
        assertThat(body(get("/cities/" + slug + "/peer-reviews")
                        .with(user(world.host().coordinator()))))
                .contains("Prepared on the page");
        mvc.perform(post("/cities/" + slug + "/peer-reviews")
                        .with(user(world.outsider()))
                        .with(csrf())
                        .param("assessment", world.assessment().value().toString())
                        .param("title", "Forged"))
                .andExpect(status().isForbidden());

        var id = world.review(context, "Seen by the team");
        var page = body(get("/cities/" + world.host().slug() + "/peer-reviews/" + id.value())
                .with(user(world.peer())));
        assertThat(page)
                .contains("Council minutes")
                .doesNotContain("Internal briefing")
                .doesNotContain("Invite a member");
        assertThat(body(get("/cities/" + world.host().slug() + "/peer-reviews/" + id.value())
                        .with(user(world.host().coordinator()))))
                .contains("Internal briefing")
                .contains("Invite a member");
        var files = "/cities/" + world.host().slug() + "/peer-reviews/" + id.value() + "/evidence/";
        assertThat(body(get(files + world.minutes().value() + "/file").with(user(world.peer()))))
                .isEqualTo("The council pledged equal treatment.");
        assertThat(answer(get(files + world.briefing().value() + "/file").with(user(world.peer()))))
                .isEqualTo(404);
        assertThat(answer(get(files + world.minutes().value() + "/file").with(user(world.peerColleague()))))
                .isEqualTo(404);
        assertThat(body(get("/peer-reviews/mine").with(user(world.peer())))).contains("Seen by the team");
        assertThat(body(get("/peer-reviews/mine").with(user(world.peerColleague()))))
                .doesNotContain("Seen by the team");
    }

    @Test
    void eachFormShowsWhatItRefusesBesideItsFieldInTheReadersLanguage() throws Exception {
        var id = world.review(context, "Forms of the review");
        var address = "/cities/" + world.host().slug() + "/peer-reviews/" + id.value();

        var invite = body(post(address + "/members")
                .with(user(world.host().coordinator()))
                .with(csrf())
                .header("Accept-Language", "de")
                .param("role", "PEER")
                .param("name", "Pia Peer")
                .param("email", "pia@example.org")
                .param("city", world.outsideCity().id().value().toString()));
        assertThat(invite)
                .contains("id=\"city-error\"")
                .contains("aria-describedby=\"city-error\"")
                .contains("value=\"Pia Peer\"")
                .doesNotContain("peerreview.rule");
        var visit = body(post(address + "/visit")
                .with(user(world.host().coordinator()))
                .with(csrf())
                .param(
                        "version",
                        String.valueOf(as(
                                world.host().coordinator(),
                                () -> reviews.review(id).version())))
                .param("visitFrom", "2026-05-06")
                .param("visitTo", "2026-05-04"));
        assertThat(visit).contains("id=\"visitTo-error\"");

        world.openVisit(context, id);
        var factor = address + "/factors/kf1";
        assertThat(body(get(address).with(user(world.peer())))).contains(factor);
        var hearing = body(post(factor + "/hearings")
                .with(user(world.peer()))
                .with(csrf())
                .param("method", "INTERVIEW")
                .param("heardRole", "Head of the equality office")
                .param("heardName", "Hanna Held")
                .param("account", "Said without consent to be named."));
        assertThat(hearing).contains("id=\"heardName-error\"").contains("Said without consent to be named.");
        mvc.perform(post(factor + "/hearings")
                        .with(user(world.peer()))
                        .with(csrf())
                        .param("method", "FOCUS_GROUP")
                        .param("heardRole", "Residents' group")
                        .param("account", "They know the pledge."))
                .andExpect(status().is3xxRedirection());
        var stale = body(post(factor + "/conclusion")
                .with(user(world.peer()))
                .with(csrf())
                .param("version", "0")
                .param("conclusions", "Written over an old version."));
        assertThat(stale)
                .contains("Someone changed the review in the meantime")
                .contains("Written over an old version.");
        assertThat(body(get(factor).with(user(world.peer())))).contains("They know the pledge.");
        assertThat(answer(post(factor + "/hearings")
                        .with(user(world.outsider()))
                        .with(csrf())
                        .param("method", "INTERVIEW")
                        .param("heardRole", "F")
                        .param("account", "F")))
                .isEqualTo(403);
    }

    @Test
    void nothingUnpublishedReachesThePublicAndThePublishedReportFollowsItsSchema() throws Exception {
        var id = world.review(context, "Published in the end");
        closed(id);
        var list = "/cities/" + world.host().slug() + "/peer-reviews";
        var address = list + "/" + id.value();
        var report = "/api/v1/cities/" + world.host().city().city().id().value() + "/peer-reviews/" + id.value();
        assertThat(answer(get(address))).isEqualTo(404);
        assertThat(answer(get(address).with(user(world.peerColleague())))).isEqualTo(404);
        assertThat(answer(get(report + "/report.json"))).isEqualTo(404);
        assertThat(answer(get(report + "/report.pdf").with(user(world.outsider()))))
                .isEqualTo(404);
        assertThat(body(get(list))).doesNotContain("Published in the end");

        var forTheTeam = JSON.readTree(body(get(report + "/report.json").with(user(world.leader()))));
        assertThat(SchemaCheck.problems(schema(), forTheTeam)).isEmpty();
        assertThat(forTheTeam.get("keyFactors").get(0).get("hearings").size()).isEqualTo(1);

        as(world.host().coordinator(), () -> reviews.publish(id));

        var page = body(get(address));
        assertThat(page)
                .contains("The pledge is public.")
                .contains("Partly met, as the city says.")
                .contains("Council minutes")
                .doesNotContain("Internal briefing")
                .doesNotContain("They know the pledge.")
                .doesNotContain(world.peer().getUsername());
        assertThat(body(get(list))).contains("Published in the end");
        var json = body(get(report + "/report.json"));
        var document = JSON.readTree(json);
        assertThat(SchemaCheck.problems(schema(), document)).isEmpty();
        assertThat(document.get("schemaVersion").asString()).isEqualTo("1.0");
        assertThat(document.get("$schema").asString()).endsWith("/schemas/peer-review/1.0.json");
        assertThat(json)
                .doesNotContain("They know the pledge.")
                .doesNotContain(world.peer().getUsername());
        var pdf = mvc.perform(get(report + "/report.pdf").header("Accept-Language", "de"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/schemas/peer-review/1.0.json")).andExpect(status().isOk());
    }

    @Test
    void anotherCitysCoordinatorIsRefusedTheApiWritesAndTheHostsAreAnswered() throws Exception {
        var id = world.review(context, "Refused in the API");
        var base = "/api/v1/peer-reviews/" + id.value();
        var report = "/api/v1/cities/" + world.host().city().city().id().value() + "/peer-reviews/" + id.value();
        var member = firstMember(id);
        var writes = new MockHttpServletRequestBuilder[] {
            post("/api/v1/peer-reviews")
                    .content("{\"selfAssessment\":\"" + world.assessment().value() + "\",\"title\":\"F\"}"),
            post(base + "/members").content("{\"role\":\"OTHER\",\"name\":\"F\",\"kind\":\"OTHER\"}"),
            delete(base + "/members/" + member),
            put(base + "/shared-evidence").content("{\"evidence\":[]}"),
            post(base + "/visit").content("{\"version\":0,\"visitFrom\":\"2026-05-01\",\"visitTo\":\"2026-05-02\"}"),
            post(base + "/hearings")
                    .content(
                            "{\"factor\":\"kf1\",\"method\":\"INTERVIEW\",\"heardRole\":\"F\",\"consent\":false,\"account\":\"F\"}"),
            put(base + "/conclusions/kf1").content("{\"version\":0,\"conclusions\":\"F\"}"),
            post(base + "/feedback-session")
                    .content("{\"version\":0,\"feedbackOn\":\"2026-05-01\",\"feedbackNotes\":\"F\"}"),
            post(base + "/follow-up-report").content("{\"version\":0,\"followUpReport\":\"F\"}"),
            put(base + "/publication"),
            delete(base + "/publication")
        };
        for (var write : writes) {
            var answered =
                    answer(write.with(user(world.outsider())).with(csrf()).contentType(MediaType.APPLICATION_JSON));
            assertThat(answered).as(write.toString()).isEqualTo(403);
        }
        assertThat(answer(get(report + "/report.json").with(user(world.outsider()))))
                .isEqualTo(404);
        var created = answer(post(base + "/members")
                .with(user(world.host().coordinator()))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"role\":\"OTHER\",\"name\":\"National ministry\",\"kind\":\"NATIONAL_GOVERNMENT\"}"));
        assertThat(created).isEqualTo(201);
        var refused = mvc.perform(post(base + "/members")
                        .with(user(world.host().coordinator()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"PEER\",\"name\":\"Far\",\"email\":\"far@example.org\",\"city\":\""
                                + world.outsideCity().id().value() + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("peerreview.rule.peer-city");
    }

    @Test
    void theSecretariatReadsTheOverviewAsATableAndAChart() throws Exception {
        as(
                world.host().coordinator(),
                () -> context.getBean(SelfAssessments.class).share(world.assessment(), true));
        var address = "/manage/networks/" + world.network().slug() + "/self-assessment-overview";

        var page = body(get(address).with(user(world.secretariat())));

        assertThat(page)
                .contains("<svg")
                .contains("<table")
                .contains("Public commitment")
                .contains("[s]");
        assertThat(answer(get(address).with(user(world.host().coordinator())))).isEqualTo(403);
        var api = JSON.readTree(
                body(get("/api/v1/networks/" + world.network().id().value() + "/self-assessment-overview")
                        .with(user(world.secretariat()))));
        assertThat(api.get("factors").size()).isEqualTo(11);
    }

    private UUID firstMember(PeerReviewId id) {
        return as(
                world.host().coordinator(),
                () -> reviews.review(id).members().get(0).id());
    }

    /** Through the visit, feedback and follow-up, as the team and its leader. */
    private void closed(PeerReviewId id) {
        world.openVisit(context, id);
        as(world.peer(), () -> {
            reviews.recordHearing(
                    id,
                    new HearingContent(
                            "kf1",
                            Method.INTERVIEW,
                            "Head of the equality office",
                            null,
                            false,
                            "They know the pledge."));
            reviews.writeConclusion(
                    id,
                    "kf1",
                    reviews.review(id).version(),
                    new ConclusionContent("The pledge is public.", "Partly met, as the city says."));
        });
        as(world.leader(), () -> {
            reviews.holdFeedbackSession(id, reviews.review(id).version(), LocalDate.of(2026, 5, 6), "Given.");
            reviews.closeWithFollowUpReport(id, reviews.review(id).version(), "Follow-up report.");
        });
    }

    private static JsonNode schema() throws IOException {
        try (var in = new ClassPathResource("static/schemas/peer-review/1.0.json").getInputStream()) {
            return JSON.readTree(in);
        }
    }
}
