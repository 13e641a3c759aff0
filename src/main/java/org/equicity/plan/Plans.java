package org.equicity.plan;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.support.Texts;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.RuleViolationException;

/**
 * What pages, the API and other modules may ask of a city's action plans. Every write checks through
 * {@code Access} that the signed-in person manages the plan's city; reading a plan before its adoption is for the
 * city's own people, and to everyone else such a plan does not exist ({@link org.equicity.shared.NotFoundException}).
 * Updates take the version the editor started from and throw
 * {@link org.springframework.orm.ObjectOptimisticLockingFailureException} when someone saved since.
 */
public interface Plans {

    /** The plans of a city the reader may see, the newest period first. */
    List<PlanSummary> ofCity(CityId city);

    /** The most recently adopted plans of every city still in force, at most {@code limit}; public. */
    List<PlanSummary> latestAdopted(int limit);

    /** Every plan of every city, for modules that keep data derived from plans (the search index) and rebuild it. */
    List<PlanId> allIds();

    /**
     * The plan whatever its state and whoever asks, for modules that keep data derived from plans (the search
     * index) and apply the visibility rules themselves; never to be shown to a reader as it is.
     */
    PlanView planForIndexing(PlanId id);

    /**
     * The plan (its city, title and state) where it holds the commitment and the action (either may be null; where
     * both are given, the action must be under the commitment), else empty: for modules that link their objects to
     * a plan's, or ask whether it is public, without reading the whole plan. Whoever asks.
     */
    Optional<PlanSummary> holding(PlanId plan, CommitmentId commitment, ActionId action);

    /** Whether the reader may create and edit the city's plans (so pages offer the forms). */
    boolean canWrite(CityId city);

    /** Whether the reader is one of the city's people (or a platform administrator), who read plans before adoption. */
    boolean canSeeDrafts(CityId city);

    /** The whole plan with everything a page needs to show it. */
    PlanView plan(PlanId id);

    /**
     * Starts a draft. With {@code previous}, the new plan builds on that plan of the same city: its commitments and
     * unfinished actions are copied, each copy linked to its original.
     */
    PlanId create(NewPlan command);

    void update(PlanId id, long version, PlanDetails details);

    void openConsultation(PlanId id);

    void adopt(PlanId id, CouncilDecision decision);

    void startImplementation(PlanId id);

    void close(PlanId id);

    void supersede(PlanId id, PlanId by);

    CommitmentId addCommitment(PlanId plan, CommitmentContent content);

    void updateCommitment(PlanId plan, CommitmentId id, long version, CommitmentContent content);

    ActionId addAction(PlanId plan, CommitmentId commitment, ActionContent content);

    /**
     * Adds an action that another module proposed (a monitoring report's recommendation), naming where it came from;
     * the action's page shows the source and links to it. Same access as {@link #addAction}.
     */
    ActionId addActionFrom(PlanId plan, CommitmentId commitment, ActionContent content, ActionSource source);

    void updateAction(PlanId plan, ActionId id, long version, ActionContent content);

    /** The references the city gave the plan's actions in its spreadsheets; actions without one are left out. */
    List<ActionRef> refs(PlanId plan);

    /**
     * Gives actions of the plan the city's own references, by which its next spreadsheet finds them again; each
     * action must belong to the plan. For whoever manages the city.
     */
    void assignRefs(PlanId plan, List<ActionRef> refs);

    NeedId addNeed(PlanId plan, NeedContent content);

    void updateNeed(PlanId plan, NeedId id, long version, NeedContent content);

    /** Every recorded change to the plan, its commitments, actions and needs, newest first. */
    List<HistoryEntry> history(PlanId plan);

    // What the nested modules read of a plan, and the changes tracking makes to its actions

    /**
     * What the nested modules need to know of a plan and its actions, whoever asks: its city, title and state, the
     * language its texts are recorded in when the writer chooses none, the dates updates fall due from, and each
     * action's update cadence. The nested module decides who may read what; pages read {@link #plan}.
     */
    TrackedPlan tracked(PlanId plan);

    /** As {@link #tracked(PlanId)}, with only the given action, which must belong to the plan. */
    TrackedPlan tracked(PlanId plan, ActionId action);

    /**
     * The action now stands where its latest progress update says (status and percent done); recorded in the history
     * like any change. For a contact of one of the action's departments or whoever manages the city.
     */
    void followProgress(PlanId plan, ActionId action, ActionStatus status, int progress);

    /** Changes how many months may pass between two progress updates of the action (1 to 36); for the coordinators. */
    void changeCadence(PlanId plan, ActionId action, int months);

    // The published plan

    /**
     * What the public may read of a published plan's past, newest first: its adoption and later steps, and the
     * status and progress changes of its actions since adoption; without the names of the city's staff.
     */
    List<HistoryEntry> publicHistory(PlanId plan);

    /** {@code previous} is optional: the plan this one builds on. */
    record NewPlan(CityId city, PlanDetails details, FrameworkRef commitments, FrameworkRef tracks, PlanId previous) {

        public NewPlan {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(commitments, "commitments framework");
            Objects.requireNonNull(tracks, "tracks framework");
        }
    }

    record PlanSummary(PlanId id, CityId city, String title, int startYear, int endYear, PlanState state) {}

    /** One item a plan's field may choose, with the framework's explanation of it. */
    record Choice(String code, LocalizedText label, LocalizedText description) {}

    /** The items of one framework version, in the framework's order. */
    record Choices(FrameworkRef framework, LocalizedText name, List<Choice> items) {

        public Choices {
            items = List.copyOf(items);
        }

        public Optional<Choice> find(String code) {
            return items.stream().filter(item -> item.code().equals(code)).findFirst();
        }

        /** The item's label, or its code when the framework does not have it (so nothing silently disappears). */
        public String label(String code, Locale locale) {
            return find(code).map(item -> item.label().in(locale)).orElse(code);
        }

        public String help(String code, Locale locale) {
            return find(code).map(item -> item.description().in(locale)).orElse("");
        }

        /** Each item's code with its label, in the framework's order: the choices of a select or a checkbox group. */
        public Map<String, String> labels(Locale locale) {
            var labels = new LinkedHashMap<String, String>();
            items.forEach(item -> labels.put(item.code(), item.label().in(locale)));
            return labels;
        }
    }

    /** What the plan's fields choose from: its frameworks' items and the city's departments. */
    record Catalogue(
            Choices commitments,
            Choices tracks,
            Choices actorGroups,
            Choices fieldsOfActivity,
            Choices cityRoles,
            Choices humanRightsPrinciples,
            Choices modelTemplate,
            List<DepartmentSummary> departments) {

        public Catalogue {
            departments = List.copyOf(departments);
        }

        public String departmentName(DepartmentId id) {
            return departments.stream()
                    .filter(department -> department.id().equals(id))
                    .map(DepartmentSummary::name)
                    .findFirst()
                    .orElse(id.value().toString());
        }

        /** Each department's id with its name: the choices of a checkbox group. */
        public Map<String, String> departmentNames() {
            var names = new LinkedHashMap<String, String>();
            departments.forEach(department -> names.put(department.id().value().toString(), department.name()));
            return names;
        }
    }

    /** An item of another framework an action is (or could be) tagged with. */
    record Tag(String ref, LocalizedText framework, LocalizedText label) {}

    /** Where an action came from: a line to show and the address (a path of this site) of the page it came from. */
    record ActionSource(String text, String link) {

        public ActionSource {
            text = Texts.required(text, 500, "source");
            link = Texts.required(link, 500, "source");
        }
    }

    /** An action as the plan shows it; {@code source} is null unless another module proposed it. */
    record ActionView(
            ActionId id,
            CommitmentId commitment,
            long version,
            ActionContent content,
            ActionId original,
            List<Tag> tags,
            List<Tag> suggestedTags,
            ActionSource source) {

        public ActionView {
            tags = List.copyOf(tags);
            suggestedTags = List.copyOf(suggestedTags);
        }
    }

    record CommitmentView(
            CommitmentId id, long version, CommitmentContent content, CommitmentId original, List<ActionView> actions) {

        public CommitmentView {
            actions = List.copyOf(actions);
        }

        /** See {@link Progress} for how it is computed. */
        public Progress progress() {
            return Progress.of(actions);
        }

        /** The city's wording when it has one, otherwise the framework commitment's label. */
        public String title(Choices commitments, Locale locale) {
            return content.ownTitle() != null ? content.ownTitle() : commitments.label(content.frameworkCode(), locale);
        }
    }

    /** The city's own reference for one of a plan's actions (from its spreadsheet), unique within the plan. */
    record ActionRef(ActionId action, String ref) {}

    record NeedView(NeedId id, long version, NeedContent content, List<ActionId> answeredBy) {

        public NeedView {
            answeredBy = List.copyOf(answeredBy);
        }

        public boolean isAnswered() {
            return !answeredBy.isEmpty();
        }
    }

    /**
     * A plan as the reader may see it. {@code writable} says whether the reader may change it; {@code decision}
     * is set once it is adopted.
     */
    record PlanView(
            PlanId id,
            CityId city,
            long version,
            PlanDetails details,
            PlanState state,
            PlanFrameworks frameworks,
            CouncilDecision decision,
            PlanId previous,
            PlanId supersededBy,
            List<CommitmentView> commitments,
            List<NeedView> needs,
            Catalogue catalogue,
            boolean writable) {

        public PlanView {
            commitments = List.copyOf(commitments);
            needs = List.copyOf(needs);
        }

        public List<ActionView> actions() {
            return commitments.stream().flatMap(c -> c.actions().stream()).toList();
        }

        /** See {@link Progress} for how it is computed. */
        public Progress progress() {
            return Progress.of(actions());
        }

        public Optional<CommitmentView> commitment(CommitmentId id) {
            return commitments.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        public Optional<ActionView> action(ActionId id) {
            return actions().stream().filter(a -> a.id().equals(id)).findFirst();
        }

        public Optional<NeedView> need(NeedId id) {
            return needs.stream().filter(n -> n.id().equals(id)).findFirst();
        }

        public List<NeedView> unansweredNeeds() {
            return needs.stream().filter(need -> !need.isAnswered()).toList();
        }

        public List<ActionView> actionsAnsweringNoNeed() {
            return actions().stream().filter(a -> a.content().needs().isEmpty()).toList();
        }
    }

    /** An action as tracking sees it: its content and how many months may pass between two progress updates. */
    record TrackedAction(ActionId id, ActionContent content, int cadenceMonths) {}

    /**
     * A plan as tracking sees it. {@code language} is the one its texts are recorded in when the writer chooses
     * none: the plan's, else the city's main language.
     */
    record TrackedPlan(
            PlanId id,
            CityId city,
            String title,
            PlanState state,
            String language,
            CouncilDecision decision,
            int startYear,
            List<TrackedAction> actions) {

        public TrackedPlan {
            actions = List.copyOf(actions);
        }

        /** Closed and superseded plans are history: nothing more is recorded for them. */
        public boolean isOpenForWork() {
            return state != PlanState.CLOSED && state != PlanState.SUPERSEDED;
        }

        public void requireOpenForWork() {
            if (!isOpenForWork()) {
                throw new RuleViolationException("plan.rule.finished");
            }
        }

        public Optional<TrackedAction> action(ActionId id) {
            return actions.stream().filter(action -> action.id().equals(id)).findFirst();
        }
    }

    enum Subject {
        PLAN,
        COMMITMENT,
        ACTION,
        NEED
    }

    enum ChangeKind {
        CREATED,
        COPIED,
        UPDATED,
        CONSULTATION_OPENED,
        ADOPTED,
        IMPLEMENTATION_STARTED,
        CLOSED,
        SUPERSEDED
    }

    /** One field that changed; {@code field} is a stable name such as {@code budget.amount}. */
    record FieldChange(String field, String from, String to) {}

    record HistoryEntry(
            Instant at,
            String actor,
            Subject subject,
            String subjectLabel,
            ChangeKind kind,
            List<FieldChange> changes) {

        public HistoryEntry {
            changes = List.copyOf(changes);
        }

        public java.time.OffsetDateTime atUtc() {
            return at.atOffset(java.time.ZoneOffset.UTC);
        }
    }
}
