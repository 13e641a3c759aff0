package org.equicity.monitoring.collection.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.equicity.monitoring.collection.StaffSurveys;
import org.equicity.monitoring.collection.StaffSurveys.Question;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.StaffSurveys.Response;
import org.jspecify.annotations.Nullable;

/** The forms of the survey: the questionnaire the coordinators write, and an answer given by a link. */
final class SurveyForms {

    private SurveyForms() {}

    /** A question as typed: its kind, its text and its options one per line. */
    record QuestionRow(
            @Nullable QuestionKind questionKind,
            @Nullable String text,
            @Nullable String options) {

        boolean isEmpty() {
            return (text == null || text.isBlank()) && (options == null || options.isBlank());
        }
    }

    record QuestionnaireForm(
            @Nullable String intro, @Nullable List<QuestionRow> questions, long version) {

        static final int ROWS = 8;

        static QuestionnaireForm of(StaffSurveys.SurveyView survey) {
            return new QuestionnaireForm(
                    survey.intro(),
                    survey.questions().stream()
                            .map(question -> new QuestionRow(
                                    question.kind(), question.text(), String.join("\n", question.options())))
                            .toList(),
                    survey.version());
        }

        QuestionnaireForm over(long stored) {
            return new QuestionnaireForm(intro, questions, stored);
        }

        /** The rows shown: what was typed, then empty ones up to {@link #ROWS}. */
        public List<QuestionRow> shownRows() {
            var shown = new ArrayList<QuestionRow>(questions == null ? List.of() : questions);
            while (shown.size() < Math.max(ROWS, (questions == null ? 0 : questions.size()) + 2)) {
                shown.add(new QuestionRow(null, null, null));
            }
            return shown;
        }

        List<Question> written() {
            return questions == null
                    ? List.of()
                    : questions.stream()
                            .filter(row -> row != null && !row.isEmpty())
                            .map(row -> new Question(
                                    CollectionForms.required(row.questionKind(), "questionKind"),
                                    row.text() == null ? "" : row.text(),
                                    CollectionForms.lines(row.options())))
                            .toList();
        }
    }

    /** An answer to one question: the options chosen (positions) or the text. */
    record AnswerRow(
            @Nullable List<Integer> choices, @Nullable String text) {}

    record AnswerForm(@Nullable List<AnswerRow> answers) {

        /** The answer typed for a question, for the form shown again. */
        public @Nullable AnswerRow answerTo(int question) {
            return answers == null || question >= answers.size() ? null : answers.get(question);
        }

        List<Response> responses() {
            if (answers == null) {
                return List.of();
            }
            return IntStream.range(0, answers.size())
                    .filter(question -> answers.get(question) != null)
                    .mapToObj(question -> {
                        var row = answers.get(question);
                        return new Response(question, row.choices() == null ? List.of() : row.choices(), row.text());
                    })
                    .toList();
        }
    }
}
