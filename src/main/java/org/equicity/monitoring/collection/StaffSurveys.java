package org.equicity.monitoring.collection;

import java.util.List;
import java.util.UUID;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The anonymous inner-administrative survey of a dataset of kind {@code SURVEY}: a short questionnaire the city's
 * coordinators write, opened by links that carry no identity. Each link holds a single-use token, issued in bulk and
 * kept only as a hash, which is deleted when it is used: nothing stored connects a token, or the person it was
 * handed to, to an answer. Answers are kept as unconnected rows without time, so that no one can be singled out;
 * they are shown only as counts after disclosure control, and only once the responses reach the disclosure
 * threshold; free texts only after the coordinators have reviewed them, which they do once the survey is closed.
 */
public interface StaffSurveys {

    int MAX_QUESTIONS = 20;

    int MAX_OPTIONS = 10;

    int MAX_TOKENS = 5_000;

    /** The survey as the coordinators manage it. */
    SurveyView survey(DatasetId dataset);

    /** Writes the questionnaire; refused once the survey is open. */
    void writeQuestionnaire(DatasetId dataset, long version, List<Question> questions, @Nullable String intro);

    /** Issues single-use tokens, each for one link; they are shown once, and only their hashes are kept. */
    List<String> issueTokens(DatasetId dataset, int count);

    void open(DatasetId dataset);

    void close(DatasetId dataset);

    /** The questionnaire a link opens, for anyone holding a token not yet used of an open survey. */
    Questionnaire questionnaire(String token);

    /** Answers with a token, which is used up; no identity, address or time is kept. */
    void answer(String token, List<Response> responses);

    /** The aggregated answers after disclosure control, and the released free texts; for the dataset's audience. */
    SurveyResults results(DatasetId dataset);

    /** The free texts not reviewed yet; only once the survey is closed, so that no text is read as it arrives. */
    List<TextToReview> textsToReview(DatasetId dataset);

    /** Releases a free text for the results, or withholds it (it identifies someone, or names a person). */
    void review(DatasetId dataset, UUID text, boolean release);

    enum QuestionKind {
        SINGLE_CHOICE,
        MULTIPLE_CHOICE,
        SCALE,
        FREE_TEXT
    }

    enum State {
        DRAFT,
        OPEN,
        CLOSED,
        /** Past retention: the answers were deleted. */
        ERASED
    }

    /** A question; choices and scales have 2 to {@link #MAX_OPTIONS} options (a scale's points, lowest first). */
    record Question(QuestionKind kind, String text, List<String> options) {

        public Question {
            CollectionRules.requireChosen(kind, "questionKind");
            text = CollectionRules.RULES.required(text, 1_000, "questions");
            options = CollectionRules.RULES.lines(options, 200, "options");
            if (kind == QuestionKind.FREE_TEXT) {
                options = List.of();
            } else if (options.size() < 2 || options.size() > MAX_OPTIONS) {
                throw RuleViolationException.about(
                        "options", "monitoring.collection.rule.options", "options", MAX_OPTIONS);
            }
        }
    }

    record Questionnaire(String title, @Nullable String intro, List<Question> questions) {}

    /** The answer to one question (by position): the chosen options' positions, or a free text. */
    record Response(
            int question, List<Integer> choices, @Nullable String text) {

        public Response {
            choices = choices == null ? List.of() : List.copyOf(choices);
            text = CollectionRules.RULES.optional(text, 4_000, "answer");
        }
    }

    /**
     * {@code responses} is null while the count is below the disclosure threshold, and so is {@code openTokens}, how
     * many issued links are still unused: the links issued less those unused would tell the count.
     */
    record SurveyView(
            DatasetId dataset,
            String title,
            long version,
            State state,
            @Nullable String intro,
            List<Question> questions,
            @Nullable Integer responses,
            int threshold,
            @Nullable Integer openTokens,
            boolean manageable) {}

    /** One option's count, or the marker shown instead of it. */
    record OptionCount(String option, DataCollection.ProtectedRow figure) {}

    record QuestionResult(int position, Question question, List<OptionCount> counts, List<String> texts) {}

    /** {@code shown} is false while the responses are below the threshold: then no figure is given. */
    record SurveyResults(
            DatasetId dataset,
            String title,
            State state,
            boolean shown,
            @Nullable Integer responses,
            int threshold,
            List<QuestionResult> questions,
            List<org.equicity.disclosure.Disclosure.LegendEntry> legend) {}

    record TextToReview(UUID id, int question, String questionText, String text) {}
}
