package org.equicity.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equicity.city.TestCities.as;
import static org.equicity.review.ReviewFixtures.complete;
import static org.equicity.review.ReviewFixtures.id;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.report.Reports;
import org.equicity.review.AssignmentId;
import org.equicity.review.ReviewFixtures;
import org.equicity.review.Reviews;
import org.equicity.review.Reviews.State;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class ReviewWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    Reviews reviews;

    @Autowired
    Practices practices;

    @Autowired
    Reports reports;

    ReviewFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = ReviewFixtures.create(context);
    }

    String board() {
        return "/manage/networks/" + fixtures.report().network().slug() + "/reviews";
    }

    /** A review form post with every criterion's hidden code, as the page sends it. */
    static MockHttpServletRequestBuilder reviewForm(AssignmentId id, long version, String intent) {
        var request = post("/reviews/" + id.value())
                .param("version", String.valueOf(version))
                .param("intent", intent);
        for (int i = 0; i < ReviewFixtures.CRITERIA.size(); i++) {
            request.param("ratings[" + i + "].criterion", ReviewFixtures.CRITERIA.get(i));
        }
        return request;
    }

    static MockHttpServletRequestBuilder completed(MockHttpServletRequestBuilder request) {
        for (int i = 0; i < ReviewFixtures.CRITERIA.size(); i++) {
            request.param("ratings[" + i + "].rating", "MET").param("ratings[" + i + "].justification", "Because " + i);
        }
        return request.param("assessment", "Convincing").param("recommendation", "DESIGNATE");
    }

    @Test
    void theSecretariatNominatesAnAcceptedActionAndAssignsAReviewerFromTheBoard() throws Exception {
        var report = fixtures.report().acceptedReport(context, "2023–2024");
        var action = as(fixtures.report().coordinator(), () -> reports.report(report))
                .content()
                .actions()
                .get(0);
        var direct = fixtures.directSubmission(context, "Welcome desk");

        mvc.perform(get(board()).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Monitoring office"),
                                containsString("Welcome desk"),
                                containsString("Nominate and assign"),
                                containsString("Submitted directly by the city"))));

        mvc.perform(post(board() + "/assignments")
                        .param("action", action.id().value().toString())
                        .param("reviewer", id(fixtures.reviewer()).value().toString())
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(redirectedUrl(board()))
                .andExpect(flash().attribute("notice", "review.notice.assigned"));
        mvc.perform(post(board() + "/assignments")
                        .param("practice", direct.value().toString())
                        .param(
                                "reviewer",
                                id(fixtures.reviewerOfTheCity()).value().toString())
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(redirectedUrl(board()))
                .andExpect(flash().attribute("problem", "review.rule.own-city"));

        var board = as(
                fixtures.secretariat(),
                () -> reviews.board(fixtures.report().network().id()));
        var nominated = board.actions().get(0).practice();
        assertThat(nominated).isNotNull();
        assertThat(as(fixtures.secretariat(), () -> reviews.reviewsOf(nominated))
                        .practice()
                        .summary()
                        .status())
                .isEqualTo(PracticeStatus.UNDER_REVIEW);
        assertThat(as(fixtures.secretariat(), () -> reviews.reviewsOf(direct).reviews()))
                .isEmpty();
        mvc.perform(get("/reviews").with(user(fixtures.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Monitoring office")));
    }

    @Test
    void theReviewFormShowsTheCriteriaAndKeepsWhatWasTypedWhenSomethingIsMissing() throws Exception {
        var practice = fixtures.directSubmission(context, "Welcome desk");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());

        mvc.perform(get("/reviews/" + assignment.value()).with(user(fixtures.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("<legend>Goal-oriented</legend>"),
                                containsString("It starts from the needs and circumstances"),
                                containsString("Partly met"),
                                containsString("Cannot tell"),
                                containsString("Save draft"))));

        mvc.perform(reviewForm(assignment, 0, "submit")
                        .param("ratings[0].rating", "PARTLY_MET")
                        .param("ratings[0].justification", "Clear goals, weak measurement")
                        .param("assessment", "A promising start")
                        .with(user(fixtures.reviewer()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Clear goals, weak measurement"),
                                containsString("A promising start"),
                                containsString("Choose a rating for “Customer-responsive”."),
                                containsString("Justify your rating of “Customer-responsive”."),
                                containsString("Choose a recommendation."),
                                containsString("id=\"justification-customer-responsive-error\""),
                                containsString("aria-invalid=\"true\""),
                                not(containsString("Justify your rating of “Goal-oriented”.")))));

        var stored = as(fixtures.reviewer(), () -> reviews.review(assignment));
        assertThat(stored.state()).isEqualTo(State.ASSIGNED);
        assertThat(stored.content().ratingOf("goal-oriented").justification())
                .isEqualTo("Clear goals, weak measurement");

        mvc.perform(completed(reviewForm(assignment, stored.version(), "submit"))
                        .with(user(fixtures.reviewer()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reviews"))
                .andExpect(flash().attribute("notice", "review.notice.submitted"));
        assertThat(as(fixtures.reviewer(), () -> reviews.review(assignment).state()))
                .isEqualTo(State.SUBMITTED);
        mvc.perform(get("/reviews/" + assignment.value()).with(user(fixtures.reviewer())))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Because 3"), not(containsString("Save draft")))));
    }

    @Test
    void aConflictKeepsTheTypedTextAndShowsWhatIsStored() throws Exception {
        var practice = fixtures.directSubmission(context, "Welcome desk");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());
        var saved = as(fixtures.reviewer(), () -> reviews.save(assignment, 0, complete("from-another-tab")));

        mvc.perform(reviewForm(assignment, 0, "save")
                        .param("assessment", "My newer assessment")
                        .with(user(fixtures.reviewer()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("This review was saved elsewhere in the meantime"),
                                containsString("My newer assessment"),
                                containsString("Assessment from-another-tab"),
                                containsString("name=\"version\" value=\"" + saved + "\""))));
        assertThat(as(fixtures.reviewer(), () -> reviews.review(assignment).content()))
                .isEqualTo(complete("from-another-tab"));

        mvc.perform(reviewForm(assignment, saved, "save")
                        .param("assessment", "My newer assessment")
                        .with(user(fixtures.reviewer()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reviews/" + assignment.value()));
        assertThat(as(
                        fixtures.reviewer(),
                        () -> reviews.review(assignment).content().assessment()))
                .isEqualTo("My newer assessment");
    }

    @Test
    void theSecretariatComparesTheReviewsAndRecordsTheDecision() throws Exception {
        var practice = fixtures.directSubmission(context, "Welcome desk");
        var first = fixtures.assign(context, practice, fixtures.reviewer());
        fixtures.assign(context, practice, fixtures.secondReviewer());
        fixtures.submitComplete(context, first, fixtures.reviewer(), "confidential-remark");
        var page = board() + "/" + practice.value();

        mvc.perform(get(page).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("The reviews side by side"),
                                containsString("Justified goal-oriented confidential-remark"),
                                containsString("Not rated yet"),
                                containsString("Record the decision"))));

        mvc.perform(post(page + "/decision")
                        .param("note", "Discussed on 3 March")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"decision-error\""), containsString("Discussed on 3 March"))));

        mvc.perform(post(page + "/decision")
                        .param("decision", "DESIGNATE")
                        .param("note", "Discussed on 3 March")
                        .with(user(fixtures.secretariat()))
                        .with(csrf()))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "review.notice.designated"));
        assertThat(practices.practice(practice).summary().status()).isEqualTo(PracticeStatus.DESIGNATED);
        mvc.perform(get(page).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("Discussed on 3 March"), not(containsString("Record the decision")))));
    }

    @Test
    void otherNetworksAndOtherReviewersAreRefusedOnThePages() throws Exception {
        var practice = fixtures.directSubmission(context, "Welcome desk");
        var assignment = fixtures.assign(context, practice, fixtures.reviewer());
        var other = ReviewFixtures.create(context);

        mvc.perform(get(board()).with(user(other.secretariat()))).andExpect(status().isForbidden());
        mvc.perform(get(board() + "/" + practice.value()).with(user(other.secretariat())))
                .andExpect(status().isForbidden());
        mvc.perform(post(board() + "/assignments")
                        .param("practice", practice.value().toString())
                        .param("reviewer", id(other.reviewer()).value().toString())
                        .with(user(other.secretariat()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(board() + "/" + practice.value() + "/decision")
                        .param("decision", "DESIGNATE")
                        .with(user(other.secretariat()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reviews/" + assignment.value()).with(user(fixtures.secondReviewer())))
                .andExpect(status().isForbidden());
        mvc.perform(completed(reviewForm(assignment, 0, "submit"))
                        .with(user(fixtures.secondReviewer()))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        var otherPage = "/manage/networks/" + other.report().network().slug() + "/reviews/" + practice.value();
        mvc.perform(get(otherPage).with(user(fixtures.secretariat()))).andExpect(status().isNotFound());

        var stored = as(fixtures.secretariat(), () -> reviews.reviewsOf(practice));
        assertThat(stored.reviews()).singleElement().satisfies(review -> {
            assertThat(review.state()).isEqualTo(State.ASSIGNED);
            assertThat(review.content()).isEqualTo(Reviews.ReviewContent.empty());
        });
        assertThat(stored.decision()).isNull();
    }

    @Test
    void theApiAssignsSavesSubmitsAndDecidesAndIsNeverPublic() throws Exception {
        var practice = fixtures.directSubmission(context, "Welcome desk");
        var created = mvc.perform(post("/api/v1/reviews")
                        .with(user(fixtures.secretariat()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"practice\":\"%s\",\"reviewer\":\"%s\"}"
                                .formatted(
                                        practice.value(),
                                        id(fixtures.reviewer()).value())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var assignment =
                new AssignmentId(java.util.UUID.fromString(created.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")));
        mvc.perform(post("/api/v1/reviews")
                        .with(user(fixtures.secretariat()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"practice\":\"%s\",\"reviewer\":\"%s\"}"
                                .formatted(
                                        practice.value(),
                                        id(fixtures.reviewerOfTheCity()).value())))
                .andExpect(status().isUnprocessableEntity());

        var review = "/api/v1/reviews/" + assignment.value();
        mvc.perform(put(review)
                        .with(user(fixtures.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"version":0,"ratings":[{"criterion":"goal-oriented","rating":"MET",
                                "justification":"api-justification"}],"assessment":"api-assessment"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get(review).with(user(fixtures.reviewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.criteriaItems.length()").value(6))
                .andExpect(jsonPath("$.ratings[0].justification").value("api-justification"))
                .andExpect(jsonPath("$.missing[0]").value("customer-responsive.rating"));
        mvc.perform(post(review + "/submission")
                        .with(user(fixtures.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1}"))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(put(review)
                        .with(user(fixtures.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":0}"))
                .andExpect(status().isConflict());
        var version = as(fixtures.reviewer(), () -> reviews.save(assignment, 1, complete("api")));
        mvc.perform(post(review + "/submission")
                        .with(user(fixtures.reviewer()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version + "}"))
                .andExpect(status().isNoContent());

        mvc.perform(get(review)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/reviews/practices/" + practice.value())).andExpect(status().isUnauthorized());
        mvc.perform(get(review).with(user(fixtures.secondReviewer()))).andExpect(status().isForbidden());

        mvc.perform(post("/api/v1/reviews/practices/" + practice.value() + "/decision")
                        .with(user(fixtures.secretariat()))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"DESIGNATE\",\"note\":\"api-note\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/reviews/practices/" + practice.value()).with(user(fixtures.secretariat())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DESIGNATED"))
                .andExpect(jsonPath("$.decision.note").value("api-note"))
                .andExpect(jsonPath("$.reviews[0].assessment").value("Assessment api"));

        mvc.perform(get(review)).andExpect(status().isUnauthorized());
        assertThat(practices.practice(new PracticeId(practice.value())).toString())
                .doesNotContain("api-note", "Assessment api", "Justified goal-oriented api");
    }
}
