package org.equicity.monitoring.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.collection.StaffSurveys.Question;
import org.equicity.monitoring.collection.StaffSurveys.QuestionKind;
import org.equicity.monitoring.collection.StaffSurveys.State;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The questionnaire and state of a dataset's survey, and how many responses it has had: the count is kept here
 * rather than on the answers, which carry nothing that would group them by respondent.
 */
@Entity
@Table(name = "collection_survey")
class Survey {

    @Id
    private UUID id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    private UUID datasetId;

    private @Nullable String intro;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(nullable = false)
    private int responses;

    @ElementCollection
    @CollectionTable(name = "collection_survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<StoredQuestion> questions = new ArrayList<>();

    @Version
    private long version;

    protected Survey() {}

    Survey(DatasetId dataset) {
        this.id = UUID.randomUUID();
        this.datasetId = dataset.value();
        this.state = State.DRAFT;
    }

    UUID id() {
        return id;
    }

    UUID datasetId() {
        return datasetId;
    }

    State state() {
        return state;
    }

    @Nullable
    String intro() {
        return intro;
    }

    @Nullable
    LocalDate closedOn() {
        return closedOn;
    }

    int responses() {
        return responses;
    }

    long version() {
        return version;
    }

    List<Question> questions() {
        return questions.stream().map(StoredQuestion::question).toList();
    }

    void write(List<Question> written, @Nullable String introduction) {
        requireState(State.DRAFT, "monitoring.collection.rule.survey-not-draft");
        questions.clear();
        written.forEach(question -> questions.add(new StoredQuestion(question)));
        intro = introduction;
    }

    void open() {
        requireState(State.DRAFT, "monitoring.collection.rule.survey-not-draft");
        if (questions.isEmpty()) {
            throw RuleViolationException.about("questions", "monitoring.collection.rule.required", "questions");
        }
        state = State.OPEN;
    }

    void close(LocalDate today) {
        requireState(State.OPEN, "monitoring.collection.rule.survey-not-open");
        state = State.CLOSED;
        closedOn = today;
    }

    void erased() {
        state = State.ERASED;
        responses = 0;
    }

    private void requireState(State expected, String rule) {
        if (state != expected) {
            throw new RuleViolationException(rule);
        }
    }

    /** A question as stored: its options one per line. */
    @Embeddable
    static class StoredQuestion {

        @Enumerated(EnumType.STRING)
        @Column(name = "question_kind", nullable = false)
        private QuestionKind kind;

        @Column(name = "question", nullable = false)
        private String text;

        private @Nullable String options;

        protected StoredQuestion() {}

        StoredQuestion(Question question) {
            this.kind = question.kind();
            this.text = question.text();
            this.options = question.options().isEmpty() ? null : String.join("\n", question.options());
        }

        Question question() {
            return new Question(kind, text, options == null ? List.of() : Arrays.asList(options.split("\n")));
        }
    }
}
