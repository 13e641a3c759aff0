package org.equicity.monitoring.collection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.equicity.disclosure.Disclosure.LegendEntry;
import org.equicity.monitoring.collection.CountTables.Axis;
import org.equicity.monitoring.collection.CountTables.Counted;
import org.equicity.monitoring.collection.StaffSurveys.OptionCount;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.StaffSurveys.QuestionResult;
import org.equicity.monitoring.collection.StaffSurveys.SurveyResults;
import org.equicity.monitoring.collection.SurveyAnswers.Review;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A survey's results: per question, how often each option was chosen, protected by disclosure control, and the free
 * texts released by the coordinators. Nothing is shown, not even the number of responses, below the threshold.
 */
@Component
class SurveyResultTables {

    /** The disclosure rules' name for survey results ({@code equicity.disclosure.datasets.<name>}). */
    static final String DISCLOSURE = "monitoring-survey";

    private final SurveyChoiceRepository choices;
    private final SurveyTextRepository texts;
    private final CountTables tables;

    SurveyResultTables(SurveyChoiceRepository choices, SurveyTextRepository texts, CountTables tables) {
        this.choices = choices;
        this.texts = texts;
        this.tables = tables;
    }

    SurveyResults of(Dataset dataset, Survey survey, int threshold) {
        var shown = survey.responses() >= threshold;
        if (!shown) {
            return new SurveyResults(
                    dataset.id(), dataset.title(), survey.state(), false, null, threshold, List.of(), List.of());
        }
        var tally = choices.tally(survey.id());
        var released = texts.findBySurveyIdAndReviewOrderByAnswer(survey.id(), Review.RELEASED);
        var legend = new LinkedHashSet<LegendEntry>();
        var results = new ArrayList<QuestionResult>();
        var questions = survey.questions();
        for (int position = 0; position < questions.size(); position++) {
            var question = questions.get(position);
            var at = position;
            if (question.kind() == QuestionKind.FREE_TEXT) {
                var answers = released.stream()
                        .filter(text -> text.question() == at)
                        .map(SurveyAnswers.Text::answer)
                        .toList();
                results.add(new QuestionResult(position, question, List.of(), answers));
                continue;
            }
            var options = new LinkedHashMap<String, @Nullable String>();
            for (int option = 0; option < question.options().size(); option++) {
                options.put(String.valueOf(option), null);
            }
            // the total is the number of responses: every respondent saw every question
            var counted = new ArrayList<Counted>();
            tally.stream()
                    .filter(row -> row.question() == at)
                    .forEach(row ->
                            counted.add(new Counted(List.of(Set.of(String.valueOf(row.choice()))), row.count())));
            var table = tables.protect(
                    question.text(), DISCLOSURE, "survey", List.of(new Axis("option", options)), counted);
            legend.addAll(table.legend());
            var counts = table.rows().stream()
                    .filter(row -> !CountTables.TOTAL.equals(row.categories().get("option")))
                    .map(row -> new OptionCount(
                            question.options()
                                    .get(Integer.parseInt(row.categories().get("option"))),
                            row))
                    .toList();
            results.add(new QuestionResult(position, question, counts, List.of()));
        }
        return new SurveyResults(
                dataset.id(),
                dataset.title(),
                survey.state(),
                true,
                survey.responses(),
                threshold,
                results,
                List.copyOf(legend));
    }
}
