package org.equicity.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.Plans.PlanSummary;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;

/** A city's action plan for a period, and where it is in its life from draft to closed or superseded. */
@Entity
@Table(name = "plan")
class Plan {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(nullable = false)
    private String title;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "end_year", nullable = false)
    private int endYear;

    @Column(name = "commitments_framework", nullable = false, updatable = false)
    private String commitmentsFramework;

    @Column(name = "tracks_framework", nullable = false, updatable = false)
    private String tracksFramework;

    @Column(name = "actor_groups_framework", nullable = false, updatable = false)
    private String actorGroupsFramework;

    @Column(name = "fields_framework", nullable = false, updatable = false)
    private String fieldsFramework;

    @Column(name = "city_roles_framework", nullable = false, updatable = false)
    private String cityRolesFramework;

    @Column(name = "principles_framework", nullable = false, updatable = false)
    private String principlesFramework;

    @Column(name = "template_framework", nullable = false, updatable = false)
    private String templateFramework;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanState state;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_reference")
    private String decisionReference;

    @Column(name = "decision_link")
    private String decisionLink;

    @Column(name = "previous_plan_id", updatable = false)
    private UUID previousPlanId;

    @Column(name = "superseded_by_id")
    private UUID supersededById;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** The language the texts are written in (ISO 639-1). */
    private String language;

    @Version
    private long version;

    protected Plan() {}

    Plan(CityId city, PlanDetails details, PlanFrameworks frameworks, PlanId previous, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.commitmentsFramework = frameworks.commitments().toString();
        this.tracksFramework = frameworks.tracks().toString();
        this.actorGroupsFramework = frameworks.actorGroups().toString();
        this.fieldsFramework = frameworks.fieldsOfActivity().toString();
        this.cityRolesFramework = frameworks.cityRoles().toString();
        this.principlesFramework = frameworks.humanRightsPrinciples().toString();
        this.templateFramework = frameworks.modelTemplate().toString();
        this.previousPlanId = previous == null ? null : previous.value();
        this.state = PlanState.DRAFT;
        this.createdAt = createdAt;
        revise(details);
    }

    PlanId id() {
        return new PlanId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    long version() {
        return version;
    }

    PlanState state() {
        return state;
    }

    String title() {
        return title;
    }

    PlanDetails details() {
        return new PlanDetails(title, startYear, endYear, language);
    }

    PlanFrameworks frameworks() {
        return new PlanFrameworks(
                FrameworkRef.parse(commitmentsFramework),
                FrameworkRef.parse(tracksFramework),
                FrameworkRef.parse(actorGroupsFramework),
                FrameworkRef.parse(fieldsFramework),
                FrameworkRef.parse(cityRolesFramework),
                FrameworkRef.parse(principlesFramework),
                FrameworkRef.parse(templateFramework));
    }

    CouncilDecision decision() {
        return decisionDate == null ? null : new CouncilDecision(decisionDate, decisionReference, decisionLink);
    }

    PlanId previous() {
        return previousPlanId == null ? null : new PlanId(previousPlanId);
    }

    PlanId supersededBy() {
        return supersededById == null ? null : new PlanId(supersededById);
    }

    PlanSummary summary() {
        return new PlanSummary(id(), city(), title, startYear, endYear, state);
    }

    void revise(PlanDetails details) {
        if (state == PlanState.CLOSED || state == PlanState.SUPERSEDED) {
            throw new RuleViolationException("plan.rule.finished");
        }
        this.title = details.title();
        this.startYear = details.startYear();
        this.endYear = details.endYear();
        this.language = details.language();
    }

    /** Commitments and actions may change until the plan is closed or superseded; after that it is a record. */
    void requireOpenForWork() {
        if (state == PlanState.CLOSED || state == PlanState.SUPERSEDED) {
            throw new RuleViolationException("plan.rule.finished");
        }
    }

    void openConsultation() {
        move(Set.of(PlanState.DRAFT), PlanState.IN_CONSULTATION);
    }

    void adopt(CouncilDecision decision) {
        Objects.requireNonNull(decision, "decision");
        move(Set.of(PlanState.IN_CONSULTATION), PlanState.ADOPTED);
        this.decisionDate = decision.date();
        this.decisionReference = decision.reference();
        this.decisionLink = decision.link();
    }

    void startImplementation() {
        move(Set.of(PlanState.ADOPTED), PlanState.IN_IMPLEMENTATION);
    }

    void close() {
        move(Set.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION), PlanState.CLOSED);
    }

    /** The city replaced this plan by a newer one of its own, which has to be adopted itself by then. */
    void supersede(Plan successor) {
        if (successor == this || !successor.cityId.equals(cityId)) {
            throw new RuleViolationException("plan.rule.successor");
        }
        if (!successor.state.isPublic() || successor.state == PlanState.SUPERSEDED) {
            throw new RuleViolationException("plan.rule.successor-not-adopted");
        }
        move(Set.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION), PlanState.SUPERSEDED);
        this.supersededById = successor.id;
    }

    private void move(Set<PlanState> from, PlanState to) {
        if (!from.contains(state)) {
            throw new RuleViolationException("plan.rule.transition");
        }
        this.state = to;
    }

    /** What the history compares before and after a change. */
    Map<String, String> snapshot() {
        var fields = new LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("startYear", String.valueOf(startYear));
        fields.put("endYear", String.valueOf(endYear));
        fields.put("state", state.name());
        fields.put("decision.date", decisionDate == null ? null : decisionDate.toString());
        fields.put("decision.reference", decisionReference);
        fields.put("decision.link", decisionLink);
        fields.put("supersededBy", supersededById == null ? null : supersededById.toString());
        return fields;
    }
}
