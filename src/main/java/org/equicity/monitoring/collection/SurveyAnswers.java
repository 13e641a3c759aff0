package org.equicity.monitoring.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The rows a survey answer leaves: a token's hash until it is used, one row per option chosen and one per free text.
 * None of them names the respondent, the address they came from or the time, and none refers to another, so that a
 * respondent's answers cannot be put together again, let alone linked to the token handed to them.
 */
final class SurveyAnswers {

    private SurveyAnswers() {}

    /** A single-use token of a survey, as its SHA-256 hash; deleted when used. */
    @Entity(name = "SurveyToken")
    @Table(name = "collection_survey_token")
    static class Token {

        @Id
        @Column(name = "token_hash")
        private String hash;

        @Column(name = "survey_id", nullable = false, updatable = false)
        private UUID surveyId;

        protected Token() {}

        Token(String hash, UUID surveyId) {
            this.hash = hash;
            this.surveyId = surveyId;
        }

        UUID surveyId() {
            return surveyId;
        }
    }

    /** An option chosen (its position; for a scale, the point) in answer to a question. */
    @Entity(name = "SurveyChoice")
    @Table(name = "collection_survey_choice")
    static class Choice {

        @Id
        private UUID id;

        @Column(name = "survey_id", nullable = false, updatable = false)
        private UUID surveyId;

        @Column(nullable = false, updatable = false)
        private int question;

        @Column(nullable = false, updatable = false)
        private int choice;

        protected Choice() {}

        Choice(UUID surveyId, int question, int choice) {
            this.id = UUID.randomUUID();
            this.surveyId = surveyId;
            this.question = question;
            this.choice = choice;
        }
    }

    /** Whether a free text may be shown with the results. */
    enum Review {
        PENDING,
        RELEASED,
        WITHHELD
    }

    /** A free text given in answer to a question, shown only once a coordinator released it. */
    @Entity(name = "SurveyText")
    @Table(name = "collection_survey_text")
    static class Text {

        @Id
        private UUID id;

        @Column(name = "survey_id", nullable = false, updatable = false)
        private UUID surveyId;

        @Column(nullable = false, updatable = false)
        private int question;

        @Column(nullable = false, updatable = false)
        private String answer;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        private Review review;

        protected Text() {}

        Text(UUID surveyId, int question, String answer) {
            this.id = UUID.randomUUID();
            this.surveyId = surveyId;
            this.question = question;
            this.answer = answer;
            this.review = Review.PENDING;
        }

        UUID id() {
            return id;
        }

        UUID surveyId() {
            return surveyId;
        }

        int question() {
            return question;
        }

        String answer() {
            return answer;
        }

        Review review() {
            return review;
        }

        void review(boolean release) {
            review = release ? Review.RELEASED : Review.WITHHELD;
        }
    }
}
