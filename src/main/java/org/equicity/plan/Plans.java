package org.equicity.plan;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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

    /** Every plan of every city, for modules that keep data derived from plans (the search index) and rebuild it. */
    List<PlanId> allIds();

    /**
     * The plan whatever its state and whoever asks, for modules that keep data derived from plans (the search
     * index) and apply the visibility rules themselves; never to be shown to a reader as it is.
     */
    PlanView planForIndexing(PlanId id);

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

    // What the tracking of a plan's implementation reads and changes of its actions

    /**
     * What tracking needs to know of a plan and its actions, whoever asks: the plan's state, the language its texts
     * are recorded in when the writer chooses none, the dates updates fall due from, and each action's update
     * cadence. Tracking decides who may read what; pages read {@link #plan}.
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

    /** The framework versions a plan follows; besides commitments and tracks, the catalogues its fields choose from. */
    record PlanFrameworks(
            FrameworkRef commitments,
            FrameworkRef tracks,
            FrameworkRef actorGroups,
            FrameworkRef fieldsOfActivity,
            FrameworkRef cityRoles,
            FrameworkRef humanRightsPrinciples,
            FrameworkRef modelTemplate) {

        public PlanFrameworks {
            Stream.of(
                            commitments,
                            tracks,
                            actorGroups,
                            fieldsOfActivity,
                            cityRoles,
                            humanRightsPrinciples,
                            modelTemplate)
                    .forEach(ref -> Objects.requireNonNull(ref, "framework"));
        }

        /** The ECCAR catalogues of 2023 for everything but the commitments and tracks the city chose. */
        public static PlanFrameworks following(FrameworkRef commitments, FrameworkRef tracks) {
            return new PlanFrameworks(
                    commitments,
                    tracks,
                    FrameworkRef.parse("eccar-actor-groups@2023"),
                    FrameworkRef.parse("eccar-fields-of-activity@2023"),
                    FrameworkRef.parse("eccar-city-roles@2023"),
                    FrameworkRef.parse("eccar-human-rights-principles@2023"),
                    FrameworkRef.parse("eccar-model-template@2023"));
        }

        public List<FrameworkRef> all() {
            return List.of(
                    commitments,
                    tracks,
                    actorGroups,
                    fieldsOfActivity,
                    cityRoles,
                    humanRightsPrinciples,
                    modelTemplate);
        }
    }

    /**
     * Title and period (calendar years, both included). {@code language} is the language the title is written in
     * (ISO 639-1); left out, it is the city's main language, or on a change the language recorded so far.
     */
    record PlanDetails(String title, int startYear, int endYear, String language) {

        public PlanDetails {
            title = Texts.required(title, 200, "title");
            language = Texts.language(language);
            if (startYear < 1990 || endYear > 2200 || endYear < startYear) {
                throw new RuleViolationException("plan.rule.period");
            }
        }

        PlanDetails writtenIn(String language) {
            return new PlanDetails(title, startYear, endYear, language);
        }
    }

    /** {@code previous} is optional: the plan this one builds on. */
    record NewPlan(CityId city, PlanDetails details, FrameworkRef commitments, FrameworkRef tracks, PlanId previous) {

        public NewPlan {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(details, "details");
            Objects.requireNonNull(commitments, "commitments framework");
            Objects.requireNonNull(tracks, "tracks framework");
        }
    }

    /** The city council's decision that adopted the plan; the link (to the minutes or the document) is optional. */
    record CouncilDecision(LocalDate date, String reference, String link) {

        public CouncilDecision {
            if (date == null) {
                throw new RuleViolationException("plan.rule.required", "decisionDate");
            }
            reference = Texts.required(reference, 200, "decisionReference");
            link = webAddress(link, "decisionLink");
        }
    }

    /** Who is responsible: departments of the city and bodies outside the administration. */
    record Responsibility(List<DepartmentId> departments, String externalBodies) {

        public Responsibility {
            departments = departments == null
                    ? List.of()
                    : departments.stream().filter(Objects::nonNull).toList();
            externalBodies = Texts.optional(externalBodies, 2_000, "externalBodies");
        }

        public static Responsibility none() {
            return new Responsibility(List.of(), null);
        }
    }

    /**
     * A commitment written with the 10 categories of the model template. It answers a framework commitment
     * ({@code frameworkCode}), is the city's own ({@code ownTitle}), or both (the city's wording of a framework
     * commitment). Human-rights principles are item codes of the plan's principles framework.
     */
    record CommitmentContent(
            String frameworkCode,
            String ownTitle,
            String goal,
            String targetGroups,
            Responsibility coordination,
            Responsibility implementation,
            List<String> specificObjectives,
            List<String> humanRightsPrinciples,
            String expectedOutcome,
            String expectedImpact,
            List<String> progressIndicators,
            List<String> outcomeIndicators,
            String language) {

        public CommitmentContent {
            language = Texts.language(language);
            frameworkCode = Texts.optional(frameworkCode, 100, "frameworkCode");
            ownTitle = Texts.optional(ownTitle, 300, "ownTitle");
            if (frameworkCode == null && ownTitle == null) {
                throw new RuleViolationException("plan.rule.commitment-title");
            }
            goal = Texts.optional(goal, 10_000, "goal");
            targetGroups = Texts.optional(targetGroups, 10_000, "targetGroups");
            coordination = coordination == null ? Responsibility.none() : coordination;
            implementation = implementation == null ? Responsibility.none() : implementation;
            Texts.once(coordination.departments(), "coordinationDepartments");
            Texts.once(implementation.departments(), "implementationDepartments");
            specificObjectives = Texts.lines(specificObjectives, 2_000, "specificObjectives");
            humanRightsPrinciples = Texts.lines(humanRightsPrinciples, 100, "humanRightsPrinciples");
            expectedOutcome = Texts.optional(expectedOutcome, 10_000, "expectedOutcome");
            expectedImpact = Texts.optional(expectedImpact, 10_000, "expectedImpact");
            progressIndicators = Texts.lines(progressIndicators, 2_000, "progressIndicators");
            outcomeIndicators = Texts.lines(outcomeIndicators, 2_000, "outcomeIndicators");
        }

        CommitmentContent writtenIn(String language) {
            return new CommitmentContent(
                    frameworkCode,
                    ownTitle,
                    goal,
                    targetGroups,
                    coordination,
                    implementation,
                    specificObjectives,
                    humanRightsPrinciples,
                    expectedOutcome,
                    expectedImpact,
                    progressIndicators,
                    outcomeIndicators,
                    language);
        }
    }

    /**
     * What an action costs: an amount in an ISO 4217 currency and where the money comes from, or nothing extra
     * because it is paid within the regular budget.
     */
    record Budget(BigDecimal amount, String currency, String fundingSource, boolean withinRegularBudget) {

        public Budget {
            if (amount != null
                    && (amount.signum() < 0 || amount.scale() > 2 || amount.precision() - amount.scale() > 13)) {
                throw new RuleViolationException("plan.rule.budget-amount");
            }
            currency = Texts.optional(currency, 3, "currency");
            if (currency != null) {
                currency = currency.toUpperCase(Locale.ROOT);
                try {
                    Currency.getInstance(currency);
                } catch (IllegalArgumentException unknown) {
                    throw new RuleViolationException("plan.rule.currency", currency);
                }
            }
            if (amount != null && currency == null) {
                throw new RuleViolationException("plan.rule.currency-missing");
            }
            fundingSource = Texts.optional(fundingSource, 500, "fundingSource");
        }

        public static Budget none() {
            return new Budget(null, null, null, false);
        }
    }

    /**
     * An action under a commitment. Track, actor groups, fields of activity and city roles are item codes of the
     * plan's frameworks; tags are item references ({@code id@version:code}) in other frameworks. Progress is a
     * percentage, absent when nobody has said yet (which is not 0%).
     */
    record ActionContent(
            String title,
            String description,
            String track,
            List<String> actorGroups,
            List<String> fieldsOfActivity,
            List<String> cityRoles,
            String targetGroups,
            List<DepartmentId> responsibleDepartments,
            String contactPerson,
            LocalDate start,
            LocalDate end,
            Budget budget,
            ActionStatus status,
            Integer progress,
            List<NeedId> needs,
            List<String> tags,
            String language) {

        public ActionContent {
            language = Texts.language(language);
            title = Texts.required(title, 300, "title");
            description = Texts.optional(description, 10_000, "description");
            track = Texts.optional(track, 100, "track");
            actorGroups = Texts.lines(actorGroups, 100, "actorGroups");
            fieldsOfActivity = Texts.lines(fieldsOfActivity, 100, "fieldsOfActivity");
            cityRoles = Texts.lines(cityRoles, 100, "cityRoles");
            targetGroups = Texts.optional(targetGroups, 2_000, "targetGroups");
            responsibleDepartments = Texts.once(responsibleDepartments, "responsibleDepartments");
            contactPerson = Texts.optional(contactPerson, 300, "contactPerson");
            if (start != null && end != null && end.isBefore(start)) {
                throw new RuleViolationException("plan.rule.dates");
            }
            budget = budget == null ? Budget.none() : budget;
            status = status == null ? ActionStatus.PLANNED : status;
            if (progress != null && (progress < 0 || progress > 100)) {
                throw new RuleViolationException("plan.rule.progress");
            }
            needs = Texts.once(needs, "needs");
            tags = Texts.lines(tags, 200, "tags");
        }

        /** The same action as a new plan starts it: the links to needs belong to the old plan's needs assessment. */
        ActionContent withoutNeeds() {
            return with(List.of(), language);
        }

        /** The same content, said to be written in another language. */
        public ActionContent writtenIn(String language) {
            return with(needs, language);
        }

        private ActionContent with(List<NeedId> needs, String language) {
            return new ActionContent(
                    title,
                    description,
                    track,
                    actorGroups,
                    fieldsOfActivity,
                    cityRoles,
                    targetGroups,
                    responsibleDepartments,
                    contactPerson,
                    start,
                    end,
                    budget,
                    status,
                    progress,
                    needs,
                    tags,
                    language);
        }
    }

    /** A need heard in the needs assessment; commitment (of this plan) and track (item code) are optional. */
    record NeedContent(
            NeedMethod method,
            LocalDate heldOn,
            String participants,
            String description,
            CommitmentId commitment,
            String track,
            String language) {

        public NeedContent {
            language = Texts.language(language);
            if (method == null) {
                throw new RuleViolationException("plan.rule.required", "method");
            }
            participants = Texts.optional(participants, 2_000, "participants");
            description = Texts.required(description, 10_000, "description");
            track = Texts.optional(track, 100, "track");
        }

        NeedContent writtenIn(String language) {
            return new NeedContent(method, heldOn, participants, description, commitment, track, language);
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
    }

    /** An item of another framework an action is (or could be) tagged with. */
    record Tag(String ref, LocalizedText framework, LocalizedText label) {}

    record ActionView(
            ActionId id,
            CommitmentId commitment,
            long version,
            ActionContent content,
            ActionId original,
            List<Tag> tags,
            List<Tag> suggestedTags) {

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

    private static String webAddress(String text, String field) {
        var value = Texts.optional(text, 1_000, field);
        if (value == null) {
            return null;
        }
        try {
            var uri = URI.create(value);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                return value;
            }
        } catch (IllegalArgumentException malformed) {
            // reported below, like any other address that is not a web page
        }
        throw new RuleViolationException("plan.rule.link", field);
    }
}
