package org.equicity.selfassessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.equicity.selfassessment.SelfAssessments.FactorContent;
import org.jspecify.annotations.Nullable;

/**
 * What a city found of one key factor. A row of its own, with its own version, so that people of the city who
 * write different key factors at the same time do not overwrite each other.
 */
@Entity
@Table(name = "self_assessment_factor")
class AssessedFactor {

    @Id
    private UUID id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

    @Column(nullable = false, updatable = false)
    private String factor;

    @Column(nullable = false, updatable = false)
    private int position;

    private @Nullable String judgement;

    private @Nullable String explanation;

    /** Only the questions answered, by their position (from 0) in the framework's list. */
    @ElementCollection
    @CollectionTable(name = "self_assessment_answer", joinColumns = @JoinColumn(name = "factor_id"))
    @MapKeyColumn(name = "question")
    @Column(name = "answer", nullable = false)
    private Map<Integer, String> answers = new TreeMap<>();

    @ElementCollection
    @CollectionTable(name = "self_assessment_context", joinColumns = @JoinColumn(name = "factor_id"))
    @OrderColumn(name = "position")
    @Column(name = "context_factor", nullable = false)
    private List<String> contextFactors = new ArrayList<>();

    @Version
    private long version;

    protected AssessedFactor() {}

    AssessedFactor(SelfAssessmentId assessment, String factor, int position) {
        this.id = UUID.randomUUID();
        this.assessmentId = assessment.value();
        this.factor = factor;
        this.position = position;
    }

    String factor() {
        return factor;
    }

    int position() {
        return position;
    }

    long version() {
        return version;
    }

    @Nullable
    String judgement() {
        return judgement;
    }

    void revise(FactorContent content) {
        judgement = content.judgement();
        explanation = content.explanation();
        answers.clear();
        for (int i = 0; i < content.answers().size(); i++) {
            var answer = content.answers().get(i);
            if (answer != null) {
                answers.put(i, answer);
            }
        }
        contextFactors.clear();
        contextFactors.addAll(content.contextFactors());
    }

    FactorContent content() {
        int size = answers.keySet().stream().mapToInt(i -> i + 1).max().orElse(0);
        var list = new ArrayList<@Nullable String>();
        for (int i = 0; i < size; i++) {
            list.add(answers.get(i));
        }
        return new FactorContent(list, judgement, explanation, contextFactors);
    }
}
