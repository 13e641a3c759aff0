package org.equicity.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.equicity.city.Cities;
import org.equicity.framework.Frameworks;
import org.equicity.people.Access;
import org.equicity.plan.Plans.ActionSource;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PlanService implements Plans {

    private final PlanRepository plans;
    private final CommitmentRepository commitments;
    private final PlanActionRepository actions;
    private final PlanChangeRepository changes;
    private final PlanHistory history;
    private final PlanAccess planAccess;
    private final PlanViews views;
    private final PlanContents contents;
    private final PlanLanguages languages;
    private final TrackedActions tracked;
    private final Access access;
    private final Cities cities;
    private final Frameworks frameworks;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            CommitmentRepository commitments,
            PlanActionRepository actions,
            PlanChangeRepository changes,
            PlanHistory history,
            PlanAccess planAccess,
            PlanViews views,
            PlanContents contents,
            PlanLanguages languages,
            TrackedActions tracked,
            Access access,
            Cities cities,
            Frameworks frameworks,
            Clock clock) {
        this.plans = plans;
        this.commitments = commitments;
        this.actions = actions;
        this.changes = changes;
        this.history = history;
        this.planAccess = planAccess;
        this.views = views;
        this.contents = contents;
        this.languages = languages;
        this.tracked = tracked;
        this.access = access;
        this.cities = cities;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    // Reading

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> latestAdopted(int limit) {
        return plans
                .findByStateInOrderByDecisionDateDescCreatedAtDesc(
                        List.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION), PageRequest.ofSize(limit))
                .stream()
                .map(Plan::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> ofCity(CityId city) {
        boolean drafts = planAccess.seesDrafts(city);
        return plans.findByCityIdOrderByStartYearDescCreatedAtDesc(city.value()).stream()
                .filter(plan -> drafts || plan.state().isPublic())
                .map(Plan::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canWrite(CityId city) {
        return access.canManageCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canSeeDrafts(CityId city) {
        return planAccess.seesDrafts(city);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView plan(PlanId id) {
        return views.view(planAccess.readable(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanSummary> holding(PlanId plan, CommitmentId commitment, ActionId action) {
        var summary = plans.findById(plan.value()).map(Plan::summary);
        if (commitment != null
                && commitments
                        .findById(commitment.value())
                        .filter(held -> held.plan().equals(plan))
                        .isEmpty()) {
            return Optional.empty();
        }
        if (action != null
                && actions.findById(action.value())
                        .filter(held -> held.plan().equals(plan)
                                && (commitment == null || held.commitment().equals(commitment)))
                        .isEmpty()) {
            return Optional.empty();
        }
        return summary;
    }

    @Override
    public TrackedPlan tracked(PlanId plan) {
        return tracked.tracked(plan);
    }

    @Override
    public TrackedPlan tracked(PlanId plan, ActionId action) {
        return tracked.tracked(plan, action);
    }

    @Override
    public void followProgress(PlanId plan, ActionId action, ActionStatus status, int progress) {
        tracked.followProgress(plan, action, status, progress);
    }

    @Override
    public void changeCadence(PlanId plan, ActionId action, int months) {
        tracked.changeCadence(plan, action, months);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanId> allIds() {
        return plans.findAll().stream().map(Plan::id).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView planForIndexing(PlanId id) {
        return views.view(plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(PlanId id) {
        var plan = planAccess.readable(id);
        if (!planAccess.seesDrafts(plan.city())) {
            throw new AccessDeniedException("History is for the city's people");
        }
        return changes.findByPlanIdOrderByChangedAtDesc(id.value()).stream()
                .map(PlanChange::view)
                .toList();
    }

    // The plan and its life

    @Override
    public PlanId create(NewPlan command) {
        access.requireCityManagement(command.city());
        cities.find(command.city()).orElseThrow(() -> new NotFoundException("City", command.city()));
        var planFrameworks = PlanFrameworks.following(command.commitments(), command.tracks());
        for (var ref : planFrameworks.all()) {
            if (frameworks.find(ref).isEmpty()) {
                throw new RuleViolationException("plan.rule.framework", ref.toString());
            }
        }
        Plan previous = null;
        if (command.previous() != null) {
            previous = plans.findById(command.previous().value())
                    .filter(candidate -> candidate.city().equals(command.city()))
                    .orElseThrow(() -> new RuleViolationException("plan.rule.previous"));
        }
        var details = command.details()
                .writtenIn(
                        languages.languageFor(command.city(), command.details().language(), null));
        var plan = plans.save(new Plan(command.city(), details, planFrameworks, command.previous(), clock.instant()));
        var created = new ArrayList<>(Snapshots.created(plan.snapshot()));
        planFrameworks
                .all()
                .forEach(ref ->
                        frameworks.recordUse(ref, "plans of city " + plan.city().value()));
        if (previous != null) {
            created.add(new FieldChange("previous", null, previous.title()));
        }
        history.record(plan.id(), Subject.PLAN, plan.id().value(), plan.title(), ChangeKind.CREATED, created);
        languages.archive(plan.city(), plan.details().language(), PlanTexts.of(plan.id(), plan.details()));
        if (previous != null) {
            copy(previous, plan);
        }
        return plan.id();
    }

    /** The new plan builds on the previous one: its commitments and unfinished actions are copied, linked to theirs. */
    private void copy(Plan previous, Plan plan) {
        var display = history.display(plan.city());
        var copies = Succession.copy(
                plan.id(),
                commitments.findByPlanIdOrderByPosition(previous.id().value()),
                actions.findByPlanIdOrderByPosition(previous.id().value()));
        for (var commitment : commitments.saveAll(copies.commitments())) {
            languages.archive(
                    plan.city(), commitment.content().language(), PlanTexts.of(commitment.id(), commitment.content()));
            history.record(
                    plan.id(),
                    Subject.COMMITMENT,
                    commitment.id().value(),
                    commitment.label(),
                    ChangeKind.COPIED,
                    Snapshots.created(Snapshots.of(commitment.content(), display)));
        }
        for (var action : actions.saveAll(copies.actions())) {
            languages.archive(plan.city(), action.content().language(), PlanTexts.of(action.id(), action.content()));
            history.record(
                    plan.id(),
                    Subject.ACTION,
                    action.id().value(),
                    action.title(),
                    ChangeKind.COPIED,
                    Snapshots.created(Snapshots.of(action.content(), display)));
        }
    }

    @Override
    public void update(PlanId id, long version, PlanDetails details) {
        var plan = planAccess.writable(id);
        PlanAccess.requireVersion(plan.version(), version, Plan.class, id);
        var before = plan.snapshot();
        plan.revise(details.writtenIn(languages.languageFor(
                plan.city(), details.language(), plan.details().language())));
        languages.archive(plan.city(), plan.details().language(), PlanTexts.of(plan.id(), plan.details()));
        history.record(
                plan.id(),
                Subject.PLAN,
                id.value(),
                plan.title(),
                ChangeKind.UPDATED,
                Snapshots.diff(before, plan.snapshot()));
    }

    @Override
    public void openConsultation(PlanId id) {
        transition(id, ChangeKind.CONSULTATION_OPENED, Plan::openConsultation);
    }

    @Override
    public void adopt(PlanId id, CouncilDecision decision) {
        transition(id, ChangeKind.ADOPTED, plan -> plan.adopt(decision));
    }

    @Override
    public void startImplementation(PlanId id) {
        transition(id, ChangeKind.IMPLEMENTATION_STARTED, Plan::startImplementation);
    }

    @Override
    public void close(PlanId id) {
        transition(id, ChangeKind.CLOSED, Plan::close);
    }

    @Override
    public void supersede(PlanId id, PlanId by) {
        transition(
                id,
                ChangeKind.SUPERSEDED,
                plan -> plan.supersede(plans.findById(by.value())
                        .filter(successor -> successor.city().equals(plan.city()))
                        .orElseThrow(() -> new RuleViolationException("plan.rule.successor"))));
    }

    private void transition(PlanId id, ChangeKind kind, Consumer<Plan> move) {
        var plan = planAccess.writable(id);
        var before = plan.snapshot();
        move.accept(plan);
        history.record(
                plan.id(), Subject.PLAN, id.value(), plan.title(), kind, Snapshots.diff(before, plan.snapshot()));
    }

    // What the plan contains

    @Override
    public CommitmentId addCommitment(PlanId plan, CommitmentContent content) {
        return contents.addCommitment(plan, content);
    }

    @Override
    public void updateCommitment(PlanId plan, CommitmentId id, long version, CommitmentContent content) {
        contents.updateCommitment(plan, id, version, content);
    }

    @Override
    public ActionId addAction(PlanId plan, CommitmentId commitment, ActionContent content) {
        return contents.addAction(plan, commitment, content);
    }

    @Override
    public ActionId addActionFrom(PlanId plan, CommitmentId commitment, ActionContent content, ActionSource source) {
        return contents.addActionFrom(plan, commitment, content, source);
    }

    @Override
    public void updateAction(PlanId plan, ActionId id, long version, ActionContent content) {
        contents.updateAction(plan, id, version, content);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionRef> refs(PlanId plan) {
        return contents.refs(plan);
    }

    @Override
    public void assignRefs(PlanId plan, List<ActionRef> refs) {
        contents.assignRefs(plan, refs);
    }

    @Override
    public NeedId addNeed(PlanId plan, NeedContent content) {
        return contents.addNeed(plan, content);
    }

    @Override
    public void updateNeed(PlanId plan, NeedId id, long version, NeedContent content) {
        contents.updateNeed(plan, id, version, content);
    }

    // The published plan

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> publicHistory(PlanId id) {
        var plan = plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id));
        if (!plan.state().isPublic()) {
            if (planAccess.seesDrafts(plan.city())) {
                throw new RuleViolationException("plan.rule.not-published");
            }
            throw new NotFoundException("Plan", id);
        }
        return PublicHistory.of(changes.findByPlanIdOrderByChangedAtDesc(id.value()).stream()
                .map(PlanChange::view)
                .toList());
    }
}
