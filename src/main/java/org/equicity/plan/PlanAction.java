package org.equicity.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.support.LinesConverter;
import org.equicity.shared.RuleViolationException;

/** An action under a commitment of a plan. */
@Entity
@Table(name = "plan_action")
class PlanAction {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "commitment_id", nullable = false)
    private UUID commitmentId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String description;

    private String track;

    @Convert(converter = LinesConverter.class)
    @Column(name = "actor_groups")
    private List<String> actorGroups;

    @Convert(converter = LinesConverter.class)
    @Column(name = "fields_of_activity")
    private List<String> fieldsOfActivity;

    @Convert(converter = LinesConverter.class)
    @Column(name = "city_roles")
    private List<String> cityRoles;

    @Column(name = "target_groups")
    private String targetGroups;

    @Convert(converter = LinesConverter.class)
    @Column(name = "responsible_departments")
    private List<String> responsibleDepartments;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "budget_amount")
    private BigDecimal budgetAmount;

    @Column(name = "budget_currency")
    private String budgetCurrency;

    @Column(name = "funding_source")
    private String fundingSource;

    @Column(name = "regular_budget", nullable = false)
    private boolean regularBudget;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ActionStatus status;

    private Integer progress;

    @Convert(converter = LinesConverter.class)
    private List<String> needs;

    @Convert(converter = LinesConverter.class)
    private List<String> tags;

    /** The language the texts are written in (ISO 639-1). */
    private String language;

    @Column(name = "original_id", updatable = false)
    private UUID originalId;

    /** The city's own reference for the action (from its spreadsheet), unique within the plan. */
    private String ref;

    /** Months between two progress updates; a new action reports every six months until the city says otherwise. */
    @Column(name = "update_cadence_months", nullable = false)
    private int updateCadenceMonths = 6;

    /** Where the action came from when another module proposed it (see {@link Plans.ActionSource}). */
    @Column(name = "source_text")
    private String sourceText;

    @Column(name = "source_link")
    private String sourceLink;

    @Version
    private long version;

    protected PlanAction() {}

    PlanAction(PlanId plan, CommitmentId commitment, int position, ActionContent content, ActionId original) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.commitmentId = commitment.value();
        this.position = position;
        this.originalId = original == null ? null : original.value();
        revise(content);
    }

    /** Whether a plan that builds on this one carries the action over. */
    boolean isUnfinished() {
        return !status.isFinished();
    }

    /** The same action under the copied commitment of the plan that builds on this one, linked to this one. */
    PlanAction carryOverTo(PlanId successor, CommitmentId commitment) {
        return new PlanAction(successor, commitment, position, content().withoutNeeds(), id());
    }

    void cameFrom(Plans.ActionSource source) {
        this.sourceText = source.text();
        this.sourceLink = source.link();
    }

    Plans.ActionSource source() {
        return sourceText == null ? null : new Plans.ActionSource(sourceText, sourceLink);
    }

    ActionId id() {
        return new ActionId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    CommitmentId commitment() {
        return new CommitmentId(commitmentId);
    }

    long version() {
        return version;
    }

    String title() {
        return title;
    }

    String ref() {
        return ref;
    }

    void assignRef(String ref) {
        this.ref = ref;
    }

    ActionId original() {
        return originalId == null ? null : new ActionId(originalId);
    }

    ActionContent content() {
        return new ActionContent(
                title,
                description,
                track,
                actorGroups,
                fieldsOfActivity,
                cityRoles,
                targetGroups,
                Commitment.departments(responsibleDepartments),
                contactPerson,
                startDate,
                endDate,
                new Budget(budgetAmount, budgetCurrency, fundingSource, regularBudget),
                status,
                progress,
                needs.stream().map(NeedId::parse).toList(),
                tags,
                language);
    }

    void revise(ActionContent content) {
        this.title = content.title();
        this.description = content.description();
        this.track = content.track();
        this.actorGroups = content.actorGroups();
        this.fieldsOfActivity = content.fieldsOfActivity();
        this.cityRoles = content.cityRoles();
        this.targetGroups = content.targetGroups();
        this.responsibleDepartments = Commitment.ids(content.responsibleDepartments());
        this.contactPerson = content.contactPerson();
        this.startDate = content.start();
        this.endDate = content.end();
        this.budgetAmount = content.budget().amount();
        this.budgetCurrency = content.budget().currency();
        this.fundingSource = content.budget().fundingSource();
        this.regularBudget = content.budget().withinRegularBudget();
        this.status = content.status();
        this.progress = content.progress();
        this.needs =
                content.needs().stream().map(need -> need.value().toString()).toList();
        this.tags = content.tags();
        this.language = content.language();
    }

    int updateCadenceMonths() {
        return updateCadenceMonths;
    }

    void changeCadence(int months) {
        if (months < 1 || months > 36) {
            throw new RuleViolationException("plan.rule.cadence");
        }
        this.updateCadenceMonths = months;
    }

    /** The action stands where its latest progress update says it stands. */
    void follow(ActionStatus status, int progress) {
        this.status = status;
        this.progress = progress;
    }
}
