package org.equicity.review.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.equicity.practice.PracticeId;
import org.equicity.review.AssignmentId;
import org.equicity.review.ReviewFixtures;
import org.equicity.translation.TranslationTestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A German city's practice reviewed by readers of English: the recording LibreTranslate stand-in writes "EN " before
 * what it translates, so that translation and original can be told apart on the page.
 */
class ReviewReadingTests extends TranslationTestContext {

    @Autowired
    MockMvc mvc;

    ReviewFixtures fixtures;
    PracticeId practice;
    AssignmentId assignment;

    @BeforeEach
    void aGermanPracticeUnderReview() {
        fixtures = ReviewFixtures.create(context);
        practice = fixtures.directSubmission(context, "Antidiskriminierungsstelle", "de");
        assignment = fixtures.assign(context, practice, fixtures.reviewer());
        runWorker(context);
    }

    String read(String page, UserDetails reader) throws Exception {
        return mvc.perform(get(page).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theReviewerReadsThePracticeInEnglishWithEachOriginalAtHand() throws Exception {
        var page = "/reviews/" + assignment.value();

        assertThat(read(page + "?lang=en", fixtures.reviewer()))
                .contains("<span lang=\"en\" class=\"pre-line\">EN Rationale</span>")
                .contains("Machine-translated from German")
                .contains("lang=\"de\">Rationale</p>")
                .contains("href=\"" + page + "?lang=en&amp;originals=true\"");
        assertThat(read(page + "?lang=en&originals=true", fixtures.reviewer()))
                .contains("<span lang=\"de\" class=\"pre-line\">Rationale</span>")
                .doesNotContain("EN Rationale");
    }

    @Test
    void theSecretariatReadsItInEnglishBesideTheReviews() throws Exception {
        var page = "/manage/networks/" + fixtures.report().network().slug() + "/reviews/" + practice.value();

        assertThat(read(page + "?lang=en", fixtures.secretariat()))
                .contains("<span lang=\"en\" class=\"pre-line\">EN Impact</span>")
                .contains("Machine-translated from German");
    }
}
