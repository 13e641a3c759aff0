package org.equicity.monitoring.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equicity.plan.PlanFixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.equicity.monitoring.MonitoringFixtures;
import org.equicity.monitoring.MonitoringFixtures.TestMonitoring;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.StaffSurveys.Question;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.StaffSurveys.Response;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class StaffSurveysTests {

    static final List<Question> QUESTIONS = List.of(
            new Question(
                    QuestionKind.SINGLE_CHOICE,
                    "Does discrimination occur in your division?",
                    List.of("Yes", "No", "I don't know")),
            new Question(
                    QuestionKind.MULTIPLE_CHOICE,
                    "If yes: where?",
                    List.of("In contacts with clients", "Among staff members", "In written regulations")),
            new Question(
                    QuestionKind.SCALE,
                    "How well does your division serve the whole population?",
                    List.of("Not at all", "Poorly", "Fairly", "Well", "Very well")),
            new Question(
                    QuestionKind.FREE_TEXT,
                    "In which administrative areas would measures against racism be necessary?",
                    List.of()));

    @Autowired
    ApplicationContext context;

    @Autowired
    StaffSurveys surveys;

    @Autowired
    JdbcTemplate jdbc;

    TestMonitoring city;
    DatasetId dataset;

    @BeforeEach
    void setUp() {
        city = MonitoringFixtures.city(context);
        dataset = CollectionFixtures.open(context, city, DatasetKind.SURVEY, "Inner-administrative survey 2026");
        as(city.coordinator(), () -> surveys.writeQuestionnaire(dataset, 0, QUESTIONS, "Anonymous, five minutes."));
    }

    List<String> openWith(int links) {
        return as(city.coordinator(), () -> {
            var tokens = surveys.issueTokens(dataset, links);
            surveys.open(dataset);
            return tokens;
        });
    }

    /** A respondent: nobody is signed in, the link is all there is. */
    void answerAnonymously(String token, int single, List<Integer> multiple, int scale, String text) {
        SecurityContextHolder.clearContext();
        assertThat(surveys.questionnaire(token).questions()).hasSize(4);
        surveys.answer(
                token,
                List.of(
                        new Response(0, List.of(single), null),
                        new Response(1, multiple, null),
                        new Response(2, List.of(scale), null),
                        new Response(3, List.of(), text)));
    }

    @Test
    void aLinkAnswersOnceAndTheCountAndFiguresAppearOnlyAboveTheThreshold() {
        var tokens = openWith(25);
        for (int i = 0; i < 9; i++) {
            answerAnonymously(tokens.get(i), 0, List.of(0, 1), 3, "Housing allocation, answer " + i);
        }
        assertThatThrownBy(() -> answerAnonymously(tokens.get(0), 1, List.of(), 0, null))
                .as("a used link")
                .isInstanceOf(NotFoundException.class);
        var below = as(city.coordinator(), () -> surveys.survey(dataset));
        assertThat(below.responses()).as("9 responses are below the threshold").isNull();
        assertThat(below.threshold()).isEqualTo(10);
        assertThat(below.openTokens())
                .as("links issued less those unused would tell the count")
                .isNull();
        assertThat(as(city.coordinator(), () -> surveys.results(dataset)).shown())
                .isFalse();

        answerAnonymously(tokens.get(9), 0, List.of(0), 4, null);
        var reached = as(city.coordinator(), () -> surveys.survey(dataset));
        assertThat(reached.responses()).isEqualTo(10);
        assertThat(reached.openTokens()).isEqualTo(15);
        for (int i = 10; i < 20; i++) {
            answerAnonymously(tokens.get(i), 1, List.of(1), 2, null);
        }
        answerAnonymously(tokens.get(20), 2, List.of(), 0, null);
        var results = as(city.coordinator(), () -> surveys.results(dataset));
        assertThat(results.shown()).isTrue();
        assertThat(results.responses()).isEqualTo(21);
        var first = results.questions().get(0).counts();
        assertThat(first).extracting(StaffSurveys.OptionCount::option).containsExactly("Yes", "No", "I don't know");
        assertThat(first.get(2).figure().count())
                .as("a single 'I don't know' is not shown")
                .isNull();
        assertThat(first.get(2).figure().marker()).isNotNull();
        assertThat(results.legend()).isNotEmpty();
        assertThat(results.questions().get(3).texts())
                .as("free texts before review")
                .isEmpty();
    }

    @Test
    void whatIsStoredOfAnAnswerNamesNoOneNoAddressNoTimeAndNotTheToken() {
        var tokens = openWith(2);
        answerAnonymously(tokens.get(0), 2, List.of(2), 1, "Our rules for allowances");

        var columns = jdbc.queryForList("select table_name, column_name, data_type from information_schema.columns"
                + " where lower(table_name) like 'collection_survey%'");
        assertThat(columns).isNotEmpty();
        for (var column : columns) {
            var name = column.get("column_name").toString().toLowerCase(Locale.ROOT);
            var type = column.get("data_type").toString().toLowerCase(Locale.ROOT);
            assertThat(type).as(column.toString()).doesNotContain("time");
            assertThat(name)
                    .as(column.toString())
                    .doesNotContain("person", "user", "email", "address", "ip", "agent", "session", "created");
        }
        assertThat(jdbc.queryForList(
                        "select * from collection_survey_choice where survey_id ="
                                + " (select id from collection_survey where dataset_id = ?)",
                        dataset.value()))
                .hasSize(3)
                .allSatisfy(row -> assertThat(row.keySet())
                        .map(key -> key.toLowerCase(Locale.ROOT))
                        .containsExactlyInAnyOrder("id", "survey_id", "question", "choice"));
        assertThat(jdbc.queryForList(
                        "select * from collection_survey_text where answer = ?", "Our rules for allowances"))
                .singleElement()
                .satisfies(row -> assertThat(row.keySet())
                        .map(key -> key.toLowerCase(Locale.ROOT))
                        .containsExactlyInAnyOrder("id", "survey_id", "question", "answer", "review"));
        var stored = new ArrayList<String>();
        jdbc.queryForList("select token_hash from collection_survey_token", String.class)
                .forEach(stored::add);
        assertThat(stored)
                .as("the used token is gone, the other kept only as a hash")
                .doesNotContain(tokens.get(0), tokens.get(1));
        assertThat(jdbc.queryForObject(
                        "select count(*) from collection_survey_token t join collection_survey s on s.id = t.survey_id"
                                + " where s.dataset_id = ?",
                        Integer.class,
                        dataset.value()))
                .isEqualTo(1);
    }

    @Test
    void freeTextsAreReviewedOnlyOnceClosedAndOnlyReleasedOnesAreShown() {
        var tokens = openWith(10);
        for (int i = 0; i < 10; i++) {
            answerAnonymously(tokens.get(i), 1, List.of(), 2, i < 2 ? "Text " + i : null);
        }
        assertThatThrownBy(() -> as(city.coordinator(), () -> surveys.textsToReview(dataset)))
                .isInstanceOf(RuleViolationException.class);
        as(city.coordinator(), () -> surveys.close(dataset));
        var pending = as(city.coordinator(), () -> surveys.textsToReview(dataset));
        assertThat(pending).extracting(StaffSurveys.TextToReview::text).containsExactly("Text 0", "Text 1");
        as(city.coordinator(), () -> {
            surveys.review(dataset, pending.get(0).id(), true);
            surveys.review(dataset, pending.get(1).id(), false);
        });
        assertThat(as(city.coordinator(), () -> surveys.results(dataset))
                        .questions()
                        .get(3)
                        .texts())
                .containsExactly("Text 0");
        assertThat(as(city.coordinator(), () -> surveys.textsToReview(dataset))).isEmpty();
        assertThatThrownBy(() -> surveys.questionnaire(tokens.get(0))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anotherCitysCoordinatorIsRefusedTheSurvey() {
        var tokens = openWith(1);
        var other = MonitoringFixtures.city(context);
        assertThatThrownBy(() -> as(other.coordinator(), () -> surveys.survey(dataset)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> surveys.issueTokens(dataset, 5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> surveys.results(dataset)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(other.coordinator(), () -> surveys.close(dataset)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(city.housingContact(), () -> surveys.results(dataset)))
                .as("the audience is the coordinators")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tokens).hasSize(1);
    }
}
