package org.equicity.plan;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.plan.Plans.ActionRef;
import org.equicity.plan.Plans.ActionSource;
import org.equicity.plan.Plans.Catalogue;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.Choices;
import org.equicity.plan.Plans.Subject;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan contains: its commitments, actions and needs, each checked against the plan's frameworks and the
 * city's departments, recorded in the plan's history and reported to translation when saved.
 */
@Component
@Transactional
class PlanContents {

    private final CommitmentRepository commitments;
    private final PlanActionRepository actions;
    private final NeedRepository needs;
    private final PlanAccess planAccess;
    private final PlanViews views;
    private final PlanHistory history;
    private final PlanLanguages languages;

    PlanContents(
            CommitmentRepository commitments,
            PlanActionRepository actions,
            NeedRepository needs,
            PlanAccess planAccess,
            PlanViews views,
            PlanHistory history,
            PlanLanguages languages) {
        this.commitments = commitments;
        this.actions = actions;
        this.needs = needs;
        this.planAccess = planAccess;
        this.views = views;
        this.history = history;
        this.languages = languages;
    }

    CommitmentId addCommitment(PlanId planId, CommitmentContent content) {
        var plan = planAccess.writableForWork(planId);
        var existing = commitments.findByPlanIdOrderByPosition(planId.value());
        validate(plan, content, existing, null);
        var written = content.writtenIn(languages.languageFor(
                plan.city(), content.language(), plan.details().language()));
        var commitment = commitments.save(new Commitment(planId, existing.size() + 1, written, null));
        languages.archive(plan.city(), written.language(), PlanTexts.of(commitment.id(), commitment.content()));
        history.record(
                planId,
                Subject.COMMITMENT,
                commitment.id().value(),
                commitment.label(),
                ChangeKind.CREATED,
                Snapshots.created(Snapshots.of(commitment.content(), history.display(plan.city()))));
        return commitment.id();
    }

    void updateCommitment(PlanId planId, CommitmentId id, long version, CommitmentContent content) {
        var plan = planAccess.writableForWork(planId);
        var commitment = commitments
                .findById(id.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Commitment", id));
        PlanAccess.requireVersion(commitment.version(), version, Commitment.class, id);
        validate(plan, content, commitments.findByPlanIdOrderByPosition(planId.value()), id);
        var display = history.display(plan.city());
        var before = Snapshots.of(commitment.content(), display);
        commitment.revise(content.writtenIn(languages.languageFor(
                plan.city(), content.language(), commitment.content().language())));
        languages.archive(
                plan.city(), commitment.content().language(), PlanTexts.of(commitment.id(), commitment.content()));
        history.record(
                planId,
                Subject.COMMITMENT,
                id.value(),
                commitment.label(),
                ChangeKind.UPDATED,
                Snapshots.diff(before, Snapshots.of(commitment.content(), display)));
    }

    private void validate(Plan plan, CommitmentContent content, List<Commitment> existing, CommitmentId self) {
        var catalogue = views.catalogue(plan);
        if (content.frameworkCode() != null) {
            requireItems(catalogue.commitments(), List.of(content.frameworkCode()), "frameworkCode");
            boolean taken = existing.stream()
                    .anyMatch(other -> !other.id().equals(self)
                            && content.frameworkCode().equals(other.content().frameworkCode()));
            if (taken) {
                throw new RuleViolationException("plan.rule.commitment-duplicate", content.frameworkCode());
            }
        }
        requireItems(catalogue.humanRightsPrinciples(), content.humanRightsPrinciples(), "humanRightsPrinciples");
        requireDepartments(catalogue, content.coordination().departments());
        requireDepartments(catalogue, content.implementation().departments());
    }

    ActionId addActionFrom(PlanId planId, CommitmentId commitmentId, ActionContent content, ActionSource source) {
        var id = addAction(planId, commitmentId, content);
        actions.findById(id.value()).orElseThrow().cameFrom(source);
        return id;
    }

    ActionId addAction(PlanId planId, CommitmentId commitmentId, ActionContent content) {
        var plan = planAccess.writableForWork(planId);
        var commitment = commitments
                .findById(commitmentId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        validate(plan, content);
        var position = (int) actions.countByCommitmentId(commitmentId.value()) + 1;
        var written = content.writtenIn(languages.languageFor(
                plan.city(), content.language(), plan.details().language()));
        var action = actions.save(new PlanAction(planId, commitment.id(), position, written, null));
        languages.archive(plan.city(), written.language(), PlanTexts.of(action.id(), action.content()));
        history.record(
                planId,
                Subject.ACTION,
                action.id().value(),
                action.title(),
                ChangeKind.CREATED,
                Snapshots.created(Snapshots.of(action.content(), history.display(plan.city()))));
        return action.id();
    }

    void updateAction(PlanId planId, ActionId id, long version, ActionContent content) {
        var plan = planAccess.writableForWork(planId);
        var action = actions.findById(id.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Action", id));
        PlanAccess.requireVersion(action.version(), version, PlanAction.class, id);
        validate(plan, content);
        var display = history.display(plan.city());
        var before = Snapshots.of(action.content(), display);
        action.revise(content.writtenIn(languages.languageFor(
                plan.city(), content.language(), action.content().language())));
        languages.archive(plan.city(), action.content().language(), PlanTexts.of(action.id(), action.content()));
        history.record(
                planId,
                Subject.ACTION,
                id.value(),
                action.title(),
                ChangeKind.UPDATED,
                Snapshots.diff(before, Snapshots.of(action.content(), display)));
    }

    @Transactional(readOnly = true)
    List<ActionRef> refs(PlanId id) {
        var plan = planAccess.readable(id);
        return actions.findByPlanIdOrderByPosition(plan.id().value()).stream()
                .filter(action -> action.ref() != null)
                .map(action -> new ActionRef(action.id(), action.ref()))
                .toList();
    }

    void assignRefs(PlanId planId, List<ActionRef> refs) {
        planAccess.writableForWork(planId);
        for (var ref : refs) {
            actions.findById(ref.action().value())
                    .filter(found -> found.plan().equals(planId))
                    .orElseThrow(() -> new NotFoundException("Action", ref.action()))
                    .assignRef(ref.ref());
        }
    }

    private void validate(Plan plan, ActionContent content) {
        var catalogue = views.catalogue(plan);
        if (content.track() != null) {
            requireItems(catalogue.tracks(), List.of(content.track()), "track");
        }
        requireItems(catalogue.actorGroups(), content.actorGroups(), "actorGroups");
        requireItems(catalogue.fieldsOfActivity(), content.fieldsOfActivity(), "fieldsOfActivity");
        requireItems(catalogue.cityRoles(), content.cityRoles(), "cityRoles");
        requireDepartments(catalogue, content.responsibleDepartments());
        for (var need : content.needs()) {
            needs.findById(need.value())
                    .filter(found -> found.plan().equals(plan.id()))
                    .orElseThrow(() -> new RuleViolationException("plan.rule.need"));
        }
        for (var tag : content.tags()) {
            if (views.tagView(tag).isEmpty()) {
                throw RuleViolationException.about("tags", "plan.rule.unknown-item", "tags", tag);
            }
        }
    }

    NeedId addNeed(PlanId planId, NeedContent content) {
        var plan = planAccess.writableForWork(planId);
        validate(plan, content);
        var need = needs.save(new Need(
                planId,
                content.writtenIn(languages.languageFor(
                        plan.city(), content.language(), plan.details().language()))));
        languages.archive(plan.city(), need.content().language(), PlanTexts.of(need.id(), need.content()));
        history.record(
                planId,
                Subject.NEED,
                need.id().value(),
                need.label(),
                ChangeKind.CREATED,
                Snapshots.created(Snapshots.of(need.content(), history.display(plan.city()))));
        return need.id();
    }

    void updateNeed(PlanId planId, NeedId id, long version, NeedContent content) {
        var plan = planAccess.writableForWork(planId);
        var need = needs.findById(id.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Need", id));
        PlanAccess.requireVersion(need.version(), version, Need.class, id);
        validate(plan, content);
        var display = history.display(plan.city());
        var before = Snapshots.of(need.content(), display);
        need.revise(content.writtenIn(languages.languageFor(
                plan.city(), content.language(), need.content().language())));
        languages.archive(plan.city(), need.content().language(), PlanTexts.of(need.id(), need.content()));
        history.record(
                planId,
                Subject.NEED,
                id.value(),
                need.label(),
                ChangeKind.UPDATED,
                Snapshots.diff(before, Snapshots.of(need.content(), display)));
    }

    private void validate(Plan plan, NeedContent content) {
        if (content.commitment() != null) {
            commitments
                    .findById(content.commitment().value())
                    .filter(found -> found.plan().equals(plan.id()))
                    .orElseThrow(() -> new RuleViolationException("plan.rule.commitment"));
        }
        if (content.track() != null) {
            requireItems(views.catalogue(plan).tracks(), List.of(content.track()), "track");
        }
    }

    private static void requireItems(Choices choices, Collection<String> codes, String field) {
        for (var code : codes) {
            if (choices.find(code).isEmpty()) {
                throw RuleViolationException.about(field, "plan.rule.unknown-item", field, code);
            }
        }
    }

    private static void requireDepartments(Catalogue catalogue, Collection<DepartmentId> departments) {
        var known = catalogue.departments().stream().map(DepartmentSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(departments)) {
            throw new RuleViolationException("plan.rule.department");
        }
    }
}
