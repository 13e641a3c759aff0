package org.equicity.monitoring.collection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.equicity.disclosure.Disclosure;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.SurveyAnswers.Review;
import org.equicity.monitoring.collection.SurveyAnswers.Token;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff survey facade. Answering needs no account: the token in the link is the only key, checked by its hash
 * and then deleted; the answer's rows are written without anything that would connect them to it, to each other or
 * to a moment. Results are handed to {@link SurveyResultTables}.
 */
@Service
@Transactional
class SurveyService implements StaffSurveys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyRepository surveys;
    private final SurveyTokenRepository tokens;
    private final SurveyChoiceRepository choices;
    private final SurveyTextRepository texts;
    private final Datasets datasets;
    private final SurveyResultTables results;
    private final Disclosure disclosure;
    private final Clock clock;

    SurveyService(
            SurveyRepository surveys,
            SurveyTokenRepository tokens,
            SurveyChoiceRepository choices,
            SurveyTextRepository texts,
            Datasets datasets,
            SurveyResultTables results,
            Disclosure disclosure,
            Clock clock) {
        this.surveys = surveys;
        this.tokens = tokens;
        this.choices = choices;
        this.texts = texts;
        this.datasets = datasets;
        this.results = results;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyView survey(DatasetId id) {
        var dataset = datasets.managed(id, DatasetKind.SURVEY);
        var survey = surveyOf(id);
        var threshold = threshold();
        var shown = survey.responses() >= threshold;
        return new SurveyView(
                id,
                dataset.title(),
                survey.version(),
                survey.state(),
                survey.intro(),
                survey.questions(),
                shown ? survey.responses() : null,
                threshold,
                shown ? (int) tokens.countBySurveyId(survey.id()) : null,
                true);
    }

    @Override
    public void writeQuestionnaire(DatasetId id, long version, List<Question> questions, @Nullable String intro) {
        datasets.managed(id, DatasetKind.SURVEY);
        var survey = surveyOf(id);
        if (survey.version() != version) {
            throw new ObjectOptimisticLockingFailureException(Survey.class, survey.id());
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            throw RuleViolationException.about(
                    "questions", "monitoring.collection.rule.questions", "questions", MAX_QUESTIONS);
        }
        survey.write(questions, CollectionRules.RULES.optional(intro, 4_000, "intro"));
    }

    @Override
    public List<String> issueTokens(DatasetId id, int count) {
        datasets.managed(id, DatasetKind.SURVEY);
        var survey = surveyOf(id);
        if (survey.state() != State.DRAFT && survey.state() != State.OPEN) {
            throw new RuleViolationException("monitoring.collection.rule.survey-not-open");
        }
        if (count < 1 || count + tokens.countBySurveyId(survey.id()) > MAX_TOKENS) {
            throw RuleViolationException.about("tokens", "monitoring.collection.rule.tokens", "tokens", MAX_TOKENS);
        }
        var issued = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            var bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            tokens.save(new Token(hash(token), survey.id()));
            issued.add(token);
        }
        return issued;
    }

    @Override
    public void open(DatasetId id) {
        datasets.managed(id, DatasetKind.SURVEY);
        surveyOf(id).open();
    }

    @Override
    public void close(DatasetId id) {
        datasets.managed(id, DatasetKind.SURVEY);
        var survey = surveyOf(id);
        survey.close(LocalDate.now(clock));
        tokens.deleteOfSurvey(survey.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Questionnaire questionnaire(String token) {
        var survey = openSurvey(token(token));
        return new Questionnaire(datasets.title(new DatasetId(survey.datasetId())), survey.intro(), survey.questions());
    }

    @Override
    public void answer(String token, List<Response> responses) {
        var stored = token(token);
        var survey = openSurvey(stored);
        var questions = survey.questions();
        var choiceRows = new ArrayList<SurveyAnswers.Choice>();
        var textRows = new ArrayList<SurveyAnswers.Text>();
        for (var response : responses) {
            if (response.question() < 0 || response.question() >= questions.size()) {
                throw RuleViolationException.about("answers", "monitoring.collection.rule.answer", "answers");
            }
            var question = questions.get(response.question());
            if (question.kind() == QuestionKind.FREE_TEXT) {
                if (!response.choices().isEmpty()) {
                    throw RuleViolationException.about("answers", "monitoring.collection.rule.answer", "answers");
                }
                if (response.text() != null) {
                    textRows.add(new SurveyAnswers.Text(survey.id(), response.question(), response.text()));
                }
                continue;
            }
            var single = question.kind() != QuestionKind.MULTIPLE_CHOICE;
            var distinct = response.choices().stream().distinct().toList();
            if (response.text() != null
                    || (single && distinct.size() > 1)
                    || distinct.stream()
                            .anyMatch(choice ->
                                    choice < 0 || choice >= question.options().size())) {
                throw RuleViolationException.about("answers", "monitoring.collection.rule.answer", "answers");
            }
            distinct.forEach(
                    choice -> choiceRows.add(new SurveyAnswers.Choice(survey.id(), response.question(), choice)));
        }
        if (tokens.use(hash(token)) != 1) {
            // another request with the same link was quicker: a link answers once
            throw new NotFoundException("Survey link", "given");
        }
        surveys.countResponse(survey.id());
        choices.saveAll(choiceRows);
        texts.saveAll(textRows);
    }

    @Override
    @Transactional(readOnly = true)
    public SurveyResults results(DatasetId id) {
        var dataset = datasets.readable(id);
        if (dataset.kind() != DatasetKind.SURVEY) {
            throw new RuleViolationException("monitoring.collection.rule.wrong-kind");
        }
        return results.of(dataset, surveyOf(id), threshold());
    }

    @Override
    @Transactional(readOnly = true)
    public List<TextToReview> textsToReview(DatasetId id) {
        datasets.managed(id, DatasetKind.SURVEY);
        var survey = closed(id);
        var questions = survey.questions();
        return texts.findBySurveyIdAndReviewOrderByAnswer(survey.id(), Review.PENDING).stream()
                .map(text -> new TextToReview(
                        text.id(),
                        text.question(),
                        questions.get(text.question()).text(),
                        text.answer()))
                .toList();
    }

    @Override
    public void review(DatasetId id, UUID textId, boolean release) {
        datasets.managed(id, DatasetKind.SURVEY);
        var survey = closed(id);
        var text = texts.findById(textId)
                .filter(candidate -> candidate.surveyId().equals(survey.id()))
                .orElseThrow(() -> new NotFoundException("Survey text", textId));
        text.review(release);
    }

    private Survey closed(DatasetId id) {
        var survey = surveyOf(id);
        if (survey.state() != State.CLOSED) {
            throw new RuleViolationException("monitoring.collection.rule.review-after-closing");
        }
        return survey;
    }

    /** The token's row; an unknown and a used token look alike, and neither is named in the refusal. */
    private Token token(String token) {
        return tokens.findById(hash(token)).orElseThrow(() -> new NotFoundException("Survey link", "given"));
    }

    private Survey openSurvey(Token token) {
        return surveys.findById(token.surveyId())
                .filter(survey -> survey.state() == State.OPEN)
                .orElseThrow(() -> new NotFoundException("Survey link", "given"));
    }

    private Survey surveyOf(DatasetId id) {
        return surveys.findByDatasetId(id.value()).orElseThrow(() -> new NotFoundException("Survey", id.value()));
    }

    /** The responses a survey needs before any figure of it is shown: the disclosure threshold for surveys. */
    private int threshold() {
        return disclosure.rules(SurveyResultTables.DISCLOSURE).minimumCount();
    }

    private static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", missing);
        }
    }
}
