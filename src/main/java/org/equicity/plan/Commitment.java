package org.equicity.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.support.LinesConverter;
import org.equicity.shared.DepartmentId;

/** One commitment of a plan, written with the 10 categories of the model template. */
@Entity
@Table(name = "plan_commitment")
class Commitment {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(nullable = false)
    private int position;

    @Column(name = "framework_code")
    private String frameworkCode;

    @Column(name = "own_title")
    private String ownTitle;

    private String goal;

    @Column(name = "target_groups")
    private String targetGroups;

    @Convert(converter = LinesConverter.class)
    @Column(name = "coordination_departments")
    private List<String> coordinationDepartments;

    @Column(name = "coordination_external")
    private String coordinationExternal;

    @Convert(converter = LinesConverter.class)
    @Column(name = "implementation_departments")
    private List<String> implementationDepartments;

    @Column(name = "implementation_external")
    private String implementationExternal;

    @Convert(converter = LinesConverter.class)
    @Column(name = "specific_objectives")
    private List<String> specificObjectives;

    @Convert(converter = LinesConverter.class)
    @Column(name = "human_rights_principles")
    private List<String> humanRightsPrinciples;

    @Column(name = "expected_outcome")
    private String expectedOutcome;

    @Column(name = "expected_impact")
    private String expectedImpact;

    @Convert(converter = LinesConverter.class)
    @Column(name = "progress_indicators")
    private List<String> progressIndicators;

    @Convert(converter = LinesConverter.class)
    @Column(name = "outcome_indicators")
    private List<String> outcomeIndicators;

    @Column(name = "original_id", updatable = false)
    private UUID originalId;

    /** The language the texts are written in (ISO 639-1). */
    private String language;

    @Version
    private long version;

    protected Commitment() {}

    Commitment(PlanId plan, int position, CommitmentContent content, CommitmentId original) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.position = position;
        this.originalId = original == null ? null : original.value();
        revise(content);
    }

    /** The same commitment in the plan that builds on this one, linked to this one. */
    Commitment copyInto(PlanId successor) {
        return new Commitment(successor, position, content(), id());
    }

    CommitmentId id() {
        return new CommitmentId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    long version() {
        return version;
    }

    CommitmentId original() {
        return originalId == null ? null : new CommitmentId(originalId);
    }

    String label() {
        return ownTitle != null ? ownTitle : frameworkCode;
    }

    CommitmentContent content() {
        return new CommitmentContent(
                frameworkCode,
                ownTitle,
                goal,
                targetGroups,
                new Responsibility(departments(coordinationDepartments), coordinationExternal),
                new Responsibility(departments(implementationDepartments), implementationExternal),
                specificObjectives,
                humanRightsPrinciples,
                expectedOutcome,
                expectedImpact,
                progressIndicators,
                outcomeIndicators,
                language);
    }

    void revise(CommitmentContent content) {
        this.frameworkCode = content.frameworkCode();
        this.ownTitle = content.ownTitle();
        this.goal = content.goal();
        this.targetGroups = content.targetGroups();
        this.coordinationDepartments = ids(content.coordination().departments());
        this.coordinationExternal = content.coordination().externalBodies();
        this.implementationDepartments = ids(content.implementation().departments());
        this.implementationExternal = content.implementation().externalBodies();
        this.specificObjectives = content.specificObjectives();
        this.humanRightsPrinciples = content.humanRightsPrinciples();
        this.expectedOutcome = content.expectedOutcome();
        this.expectedImpact = content.expectedImpact();
        this.progressIndicators = content.progressIndicators();
        this.outcomeIndicators = content.outcomeIndicators();
        this.language = content.language();
    }

    static List<String> ids(List<DepartmentId> departments) {
        return departments.stream().map(d -> d.value().toString()).toList();
    }

    static List<DepartmentId> departments(List<String> ids) {
        return ids.stream().map(id -> new DepartmentId(UUID.fromString(id))).toList();
    }
}
