package org.equicity.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equicity.city.Cities;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.framework.ItemRef;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.equicity.translation.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PlanService implements Plans {

    private final PlanRepository plans;
    private final CommitmentRepository commitments;
    private final PlanActionRepository actions;
    private final NeedRepository needs;
    private final PlanChangeRepository changes;
    private final PlanHistory history;
    private final Access access;
    private final Cities cities;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final PlanConsultation consultation;
    private final PlanFollowing following;
    private final TrackedActions tracked;
    private final Clock clock;

    PlanService(
            PlanRepository plans,
            CommitmentRepository commitments,
            PlanActionRepository actions,
            NeedRepository needs,
            PlanChangeRepository changes,
            PlanHistory history,
            Access access,
            Cities cities,
            Frameworks frameworks,
            ApplicationEventPublisher events,
            PlanConsultation consultation,
            PlanFollowing following,
            TrackedActions tracked,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.commitments = commitments;
        this.actions = actions;
        this.needs = needs;
        this.changes = changes;
        this.history = history;
        this.access = access;
        this.cities = cities;
        this.frameworks = frameworks;
        this.events = events;
        this.consultation = consultation;
        this.following = following;
        this.tracked = tracked;
    }

    // Reading

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> ofCity(CityId city) {
        boolean drafts = seesDrafts(city);
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
        return seesDrafts(city);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView plan(PlanId id) {
        return view(readable(id));
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
        return view(plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id)));
    }

    private PlanView view(Plan plan) {
        var catalogue = catalogue(plan);
        var planActions = actions.findByPlanIdOrderByPosition(plan.id().value());
        var planNeeds =
                needs.findByPlanIdOrderByHeldOnAscDescriptionAsc(plan.id().value());
        var ownFrameworks =
                plan.frameworks().all().stream().map(FrameworkRef::id).collect(Collectors.toSet());
        // a plan's hundreds of actions share a few tracks and fields: look each item's relations up once per view
        var lookups = new Lookups(new HashMap<>(), new HashMap<>());
        var actionsByCommitment =
                planActions.stream().collect(Collectors.groupingBy(PlanAction::commitment, Collectors.toList()));
        var commitmentViews = commitments.findByPlanIdOrderByPosition(plan.id().value()).stream()
                .map(commitment -> new CommitmentView(
                        commitment.id(),
                        commitment.version(),
                        commitment.content(),
                        commitment.original(),
                        actionsByCommitment.getOrDefault(commitment.id(), List.of()).stream()
                                .map(action -> actionView(plan, commitment, action, ownFrameworks, lookups))
                                .toList()))
                .toList();
        var answeredBy = new HashMap<NeedId, List<ActionId>>();
        planActions.forEach(action -> action.content()
                .needs()
                .forEach(need ->
                        answeredBy.computeIfAbsent(need, n -> new ArrayList<>()).add(action.id())));
        var needViews = planNeeds.stream()
                .map(need -> new NeedView(
                        need.id(), need.version(), need.content(), answeredBy.getOrDefault(need.id(), List.of())))
                .toList();
        return new PlanView(
                plan.id(),
                plan.city(),
                plan.version(),
                plan.details(),
                plan.state(),
                plan.frameworks(),
                plan.decision(),
                plan.previous(),
                plan.supersededBy(),
                commitmentViews,
                needViews,
                catalogue,
                access.canManageCity(plan.city()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(PlanId id) {
        var plan = readable(id);
        if (!seesDrafts(plan.city())) {
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
                .writtenIn(languageFor(command.city(), command.details().language(), null));
        var plan = plans.save(new Plan(command.city(), details, planFrameworks, command.previous(), clock.instant()));
        var display = display(plan.city());
        var created = new ArrayList<>(Snapshots.created(plan.snapshot()));
        planFrameworks
                .all()
                .forEach(ref ->
                        frameworks.recordUse(ref, "plans of city " + plan.city().value()));
        if (previous != null) {
            created.add(new FieldChange("previous", null, previous.title()));
        }
        history.record(plan.id(), Subject.PLAN, plan.id().value(), plan.title(), ChangeKind.CREATED, created);
        archive(plan.city(), plan.details().language(), PlanTexts.of(plan.id(), plan.details()));
        if (previous != null) {
            var copies = Succession.copy(
                    plan.id(),
                    commitments.findByPlanIdOrderByPosition(previous.id().value()),
                    actions.findByPlanIdOrderByPosition(previous.id().value()));
            for (var commitment : commitments.saveAll(copies.commitments())) {
                archive(
                        plan.city(),
                        commitment.content().language(),
                        PlanTexts.of(commitment.id(), commitment.content()));
                history.record(
                        plan.id(),
                        Subject.COMMITMENT,
                        commitment.id().value(),
                        commitment.label(),
                        ChangeKind.COPIED,
                        Snapshots.created(Snapshots.of(commitment.content(), display)));
            }
            for (var action : actions.saveAll(copies.actions())) {
                archive(plan.city(), action.content().language(), PlanTexts.of(action.id(), action.content()));
                history.record(
                        plan.id(),
                        Subject.ACTION,
                        action.id().value(),
                        action.title(),
                        ChangeKind.COPIED,
                        Snapshots.created(Snapshots.of(action.content(), display)));
            }
        }
        return plan.id();
    }

    @Override
    public void update(PlanId id, long version, PlanDetails details) {
        var plan = writable(id);
        requireVersion(plan.version(), version, Plan.class, id);
        var before = plan.snapshot();
        plan.revise(details.writtenIn(
                languageFor(plan.city(), details.language(), plan.details().language())));
        archive(plan.city(), plan.details().language(), PlanTexts.of(plan.id(), plan.details()));
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
        var plan = writable(id);
        var before = plan.snapshot();
        move.accept(plan);
        history.record(
                plan.id(), Subject.PLAN, id.value(), plan.title(), kind, Snapshots.diff(before, plan.snapshot()));
    }

    // Commitments

    @Override
    public CommitmentId addCommitment(PlanId planId, CommitmentContent content) {
        var plan = writableForWork(planId);
        var existing = commitments.findByPlanIdOrderByPosition(planId.value());
        validate(plan, content, existing, null);
        var written = content.writtenIn(
                languageFor(plan.city(), content.language(), plan.details().language()));
        var commitment = commitments.save(new Commitment(planId, existing.size() + 1, written, null));
        archive(plan.city(), written.language(), PlanTexts.of(commitment.id(), commitment.content()));
        history.record(
                planId,
                Subject.COMMITMENT,
                commitment.id().value(),
                commitment.label(),
                ChangeKind.CREATED,
                Snapshots.created(Snapshots.of(commitment.content(), display(plan.city()))));
        return commitment.id();
    }

    @Override
    public void updateCommitment(PlanId planId, CommitmentId id, long version, CommitmentContent content) {
        var plan = writableForWork(planId);
        var commitment = commitments
                .findById(id.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Commitment", id));
        requireVersion(commitment.version(), version, Commitment.class, id);
        validate(plan, content, commitments.findByPlanIdOrderByPosition(planId.value()), id);
        var display = display(plan.city());
        var before = Snapshots.of(commitment.content(), display);
        commitment.revise(content.writtenIn(languageFor(
                plan.city(), content.language(), commitment.content().language())));
        archive(plan.city(), commitment.content().language(), PlanTexts.of(commitment.id(), commitment.content()));
        history.record(
                planId,
                Subject.COMMITMENT,
                id.value(),
                commitment.label(),
                ChangeKind.UPDATED,
                Snapshots.diff(before, Snapshots.of(commitment.content(), display)));
    }

    private void validate(Plan plan, CommitmentContent content, List<Commitment> existing, CommitmentId self) {
        var catalogue = catalogue(plan);
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

    // Actions

    @Override
    public ActionId addAction(PlanId planId, CommitmentId commitmentId, ActionContent content) {
        var plan = writableForWork(planId);
        var commitment = commitments
                .findById(commitmentId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        validate(plan, content);
        var position = (int) actions.countByCommitmentId(commitmentId.value()) + 1;
        var written = content.writtenIn(
                languageFor(plan.city(), content.language(), plan.details().language()));
        var action = actions.save(new PlanAction(planId, commitment.id(), position, written, null));
        archive(plan.city(), written.language(), PlanTexts.of(action.id(), action.content()));
        history.record(
                planId,
                Subject.ACTION,
                action.id().value(),
                action.title(),
                ChangeKind.CREATED,
                Snapshots.created(Snapshots.of(action.content(), display(plan.city()))));
        return action.id();
    }

    @Override
    public void updateAction(PlanId planId, ActionId id, long version, ActionContent content) {
        var plan = writableForWork(planId);
        var action = actions.findById(id.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Action", id));
        requireVersion(action.version(), version, PlanAction.class, id);
        validate(plan, content);
        var display = display(plan.city());
        var before = Snapshots.of(action.content(), display);
        action.revise(content.writtenIn(
                languageFor(plan.city(), content.language(), action.content().language())));
        archive(plan.city(), action.content().language(), PlanTexts.of(action.id(), action.content()));
        history.record(
                planId,
                Subject.ACTION,
                id.value(),
                action.title(),
                ChangeKind.UPDATED,
                Snapshots.diff(before, Snapshots.of(action.content(), display)));
    }

    private void validate(Plan plan, ActionContent content) {
        var catalogue = catalogue(plan);
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
            if (tagView(tag).isEmpty()) {
                throw new RuleViolationException("plan.rule.unknown-item", "tags", tag);
            }
        }
    }

    // Needs

    @Override
    public NeedId addNeed(PlanId planId, NeedContent content) {
        var plan = writableForWork(planId);
        validate(plan, content);
        var need = needs.save(new Need(
                planId,
                content.writtenIn(languageFor(
                        plan.city(), content.language(), plan.details().language()))));
        archive(plan.city(), need.content().language(), PlanTexts.of(need.id(), need.content()));
        history.record(
                planId,
                Subject.NEED,
                need.id().value(),
                need.label(),
                ChangeKind.CREATED,
                Snapshots.created(Snapshots.of(need.content(), display(plan.city()))));
        return need.id();
    }

    @Override
    public void updateNeed(PlanId planId, NeedId id, long version, NeedContent content) {
        var plan = writableForWork(planId);
        var need = needs.findById(id.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Need", id));
        requireVersion(need.version(), version, Need.class, id);
        validate(plan, content);
        var display = display(plan.city());
        var before = Snapshots.of(need.content(), display);
        need.revise(content.writtenIn(
                languageFor(plan.city(), content.language(), need.content().language())));
        archive(plan.city(), need.content().language(), PlanTexts.of(need.id(), need.content()));
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
            requireItems(catalogue(plan).tracks(), List.of(content.track()), "track");
        }
    }

    // Consultation and the published plan

    @Override
    @Transactional(readOnly = true)
    public Consultation consultation(PlanId plan) {
        return consultation.of(plan);
    }

    @Override
    public CommentId comment(PlanId plan, NewComment comment) {
        return consultation.comment(plan, comment);
    }

    @Override
    public void answer(PlanId plan, CommentId comment, String text, String language) {
        consultation.answer(plan, comment, text, language);
    }

    @Override
    public void resolve(PlanId plan, CommentId comment) {
        consultation.resolve(plan, comment);
    }

    @Override
    @Transactional(readOnly = true)
    public List<HistoryEntry> publicHistory(PlanId plan) {
        return following.publicHistory(plan);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isFollowing(PlanId plan) {
        return following.isFollowing(plan);
    }

    /**
     * Following twice is following: outside a transaction of its own, so that when the same person's second click
     * lost the race for the one follower row (refused at commit), the row the first click made answers it.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void follow(PlanId plan, Locale language) {
        try {
            following.follow(plan, language);
        } catch (DataIntegrityViolationException lostTheRace) {
            if (!following.isFollowing(plan)) {
                throw lostTheRace;
            }
        }
    }

    @Override
    public void unfollow(PlanId plan) {
        following.unfollow(plan);
    }

    // Access

    /** The city's own people read plans before adoption: coordinators, department contacts, partners. */
    private boolean seesDrafts(CityId city) {
        return access.belongsToCity(city) || access.isPlatformAdmin();
    }

    private Plan readable(PlanId id) {
        return plans.findById(id.value())
                .filter(plan -> plan.state().isPublic() || seesDrafts(plan.city()))
                .orElseThrow(() -> new NotFoundException("Plan", id));
    }

    private Plan writable(PlanId id) {
        var plan = plans.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id));
        access.requireCityManagement(plan.city());
        return plan;
    }

    private Plan writableForWork(PlanId id) {
        var plan = writable(id);
        plan.requireOpenForWork();
        return plan;
    }

    private static void requireVersion(long stored, long editorsVersion, Class<?> type, Object id) {
        if (stored != editorsVersion) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    // Frameworks and departments

    private Catalogue catalogue(Plan plan) {
        var refs = plan.frameworks();
        return new Catalogue(
                choices(refs.commitments()),
                choices(refs.tracks()),
                choices(refs.actorGroups()),
                choices(refs.fieldsOfActivity()),
                choices(refs.cityRoles()),
                choices(refs.humanRightsPrinciples()),
                choices(refs.modelTemplate()),
                cities.departments(plan.city()));
    }

    private Choices choices(FrameworkRef ref) {
        return frameworks
                .find(ref)
                .map(framework -> new Choices(
                        ref,
                        framework.name(),
                        framework
                                .allItems()
                                .map(item -> new Choice(item.code(), item.label(), item.description()))
                                .toList()))
                .orElseGet(() -> new Choices(ref, LocalizedText.of("en", ref.toString()), List.of()));
    }

    private static void requireItems(Choices choices, Collection<String> codes, String field) {
        for (var code : codes) {
            if (choices.find(code).isEmpty()) {
                throw new RuleViolationException("plan.rule.unknown-item", field, code);
            }
        }
    }

    private static void requireDepartments(Catalogue catalogue, Collection<DepartmentId> departments) {
        var known = catalogue.departments().stream().map(DepartmentSummary::id).collect(Collectors.toSet());
        if (!known.containsAll(departments)) {
            throw new RuleViolationException("plan.rule.department");
        }
    }

    private record Lookups(Map<ItemRef, List<ItemRef>> related, Map<String, Optional<Tag>> tags) {}

    private ActionView actionView(
            Plan plan, Commitment commitment, PlanAction action, Set<String> own, Lookups lookups) {
        var content = action.content();
        var chosen = content.tags().stream()
                .map(ref -> lookups.tags().computeIfAbsent(ref, this::tagView))
                .flatMap(Optional::stream)
                .toList();
        var refs = plan.frameworks();
        var sources = Stream.concat(
                Stream.of(
                                item(refs.commitments(), commitment.content().frameworkCode()),
                                item(refs.tracks(), content.track()))
                        .filter(Objects::nonNull),
                content.fieldsOfActivity().stream().map(code -> item(refs.fieldsOfActivity(), code)));
        var suggested = new LinkedHashSet<String>();
        sources.flatMap(source -> lookups.related().computeIfAbsent(source, frameworks::related).stream())
                .filter(related -> !own.contains(related.framework().id()))
                .map(ItemRef::toString)
                .filter(ref -> !content.tags().contains(ref))
                .forEach(suggested::add);
        var suggestions = suggested.stream()
                .map(ref -> lookups.tags().computeIfAbsent(ref, this::tagView))
                .flatMap(Optional::stream)
                .toList();
        return new ActionView(
                action.id(), action.commitment(), action.version(), content, action.original(), chosen, suggestions);
    }

    private static ItemRef item(FrameworkRef framework, String code) {
        return code == null ? null : new ItemRef(framework, code);
    }

    private Optional<Tag> tagView(String text) {
        ItemRef ref;
        try {
            ref = ItemRef.parse(text);
        } catch (IllegalArgumentException notAReference) {
            return Optional.empty();
        }
        return frameworks
                .find(ref.framework())
                .flatMap(framework -> framework
                        .item(ref.code())
                        .map(item -> new Tag(ref.toString(), framework.name(), item.label())));
    }

    // History

    /** How values read in the history: departments by name, amounts as written. */
    private Function<Object, String> display(CityId city) {
        Map<DepartmentId, String> names = cities.departments(city).stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name));
        return value -> {
            if (value instanceof DepartmentId department) {
                return names.getOrDefault(department, department.value().toString());
            }
            if (value instanceof BigDecimal amount) {
                return amount.toPlainString();
            }
            if (value instanceof CommitmentId id) {
                return id.value().toString();
            }
            if (value instanceof NeedId id) {
                return id.value().toString();
            }
            return String.valueOf(value);
        };
    }

    /**
     * The language a saved text is in: the one its writer chose, else the one recorded so far (an API client that
     * does not say keeps it), else for a plan the city's main language and for what belongs to a plan the plan's.
     */
    private String languageFor(CityId city, String chosen, String recorded) {
        if (chosen != null) {
            return chosen;
        }
        return recorded != null ? recorded : cityLanguage(city);
    }

    private String cityLanguage(CityId city) {
        return cities.find(city).map(Cities.CitySummary::mainLanguage).orElse(Translations.ARCHIVE_LANGUAGE);
    }

    /** Announces the saved texts; the translation module archives them in English in the background. */
    private void archive(CityId city, String language, Map<FieldRef, String> texts) {
        events.publishEvent(TextsSaved.of(city, language != null ? language : cityLanguage(city), texts));
    }
}
