package org.equicity.selfassessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.equicity.framework.AnswerScale;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.UploadedFiles;
import org.jspecify.annotations.Nullable;

/**
 * What pages, the API and the nested modules may ask of cities' self-assessments. The city's people read them; its
 * coordinators and department contacts contribute to a draft; the coordinators start one, sign it off, share it
 * with the city's networks and build the development plan. A signed-off assessment does not change. Every key
 * factor, context factor, evidence kind and judgement named must be the framework's, and every plan action,
 * indicator and monitoring report picked as evidence the city's own. Updates take the version the editor started
 * from and throw {@link org.springframework.orm.ObjectOptimisticLockingFailureException} when someone saved since.
 */
public interface SelfAssessments {

    /** The frameworks a city may assess itself against: those that declare an answer scale. */
    List<AssessmentFramework> frameworks();

    /** The city's self-assessments, the newest first; for the city's people. */
    List<SelfAssessmentSummary> ofCity(CityId city);

    /** Whether the reader may contribute to the city's draft self-assessments (so pages offer the forms). */
    boolean canContribute(CityId city);

    /** Whether the reader may start, sign off and share the city's self-assessments and plan their development. */
    boolean canCoordinate(CityId city);

    /** One self-assessment with its evidence, its comparison with the baseline and its development plan. */
    SelfAssessmentView assessment(SelfAssessmentId id);

    /**
     * The same whoever asks, for the nested modules that decide themselves who may read it (a peer review team);
     * never to be shown to a reader as it is.
     */
    SelfAssessmentView assessmentForReview(SelfAssessmentId id);

    /** The city's signed-off self-assessments it shares with its networks, newest first; whoever asks. */
    List<SelfAssessmentSummary> shared(CityId city);

    /** Starts a draft with every key factor of the framework unanswered; for the coordinators. */
    SelfAssessmentId start(CityId city, FrameworkRef framework, String title);

    /** Saves one key factor over the version read; answers its new version. For the contributors, in a draft. */
    long saveFactor(SelfAssessmentId id, String factor, long version, FactorContent content);

    /** Adds a document or a picked plan action, indicator or monitoring report to a key factor of a draft. */
    EvidenceId addEvidence(SelfAssessmentId id, String factor, EvidenceContent content);

    void removeEvidence(SelfAssessmentId id, EvidenceId evidence);

    /** The city's plan actions, indicators and monitoring reports a contributor may pick as evidence. */
    EvidenceChoices evidenceChoices(CityId city);

    /**
     * The coordinator signs the draft off once every key factor has a judgement; from then on it does not change.
     * The city's first signed-off assessment against a framework is its baseline.
     */
    void signOff(SelfAssessmentId id, long version);

    /** Whether the city shares the signed-off assessment with its networks (for their overview). */
    void share(SelfAssessmentId id, boolean shared);

    /** The city's signed-off assessments against the framework, oldest first, key factor by key factor. */
    ProgressView progress(CityId city, FrameworkRef framework);

    /** Adds a priority action to the development plan of a signed-off assessment; for the coordinators. */
    DevelopmentActionId addDevelopmentAction(SelfAssessmentId id, DevelopmentContent content);

    void updateDevelopmentAction(
            SelfAssessmentId id, DevelopmentActionId action, long version, DevelopmentContent content);

    /**
     * The commitments of the city's plans still open for work, under which a priority action may become a plan
     * action: {@code <plan>/<commitment>} as their value, the plan's and the commitment's title as their label.
     */
    List<Choice> commitmentChoices(CityId city, Locale locale);

    /**
     * Turns a priority action into an action of the city's plan under the given commitment, tagged with its key
     * factor (so the crosswalk counts it for the commitments related to it); once.
     */
    ActionId addToPlan(SelfAssessmentId id, DevelopmentActionId action, PlanId plan, CommitmentId commitment);

    enum State {
        DRAFT,
        SIGNED_OFF
    }

    /** Where a piece of evidence comes from: a document, or an object the city keeps in the product. */
    enum Source {
        DOCUMENT,
        PLAN_ACTION,
        INDICATOR,
        MONITORING_REPORT
    }

    enum Horizon {
        QUICK_WIN,
        LONGER_TERM
    }

    /** An assessment framework with its key factors, and the context factors of the framework it names. */
    record AssessmentFramework(Framework framework, List<FrameworkItem> contextFactors) {

        public AssessmentFramework {
            contextFactors = List.copyOf(contextFactors);
        }

        public FrameworkRef ref() {
            return framework.ref();
        }

        /** Every assessment framework declares one. */
        public AnswerScale scale() {
            return java.util.Objects.requireNonNull(framework.scale(), "scale");
        }

        /** The key factors: the framework's top-level items. */
        public List<FrameworkItem> factors() {
            return framework.items();
        }

        public Optional<FrameworkItem> factor(String code) {
            return factors().stream().filter(item -> item.code().equals(code)).findFirst();
        }

        /** A judgement as a reader reads it: the level's label, or the score; empty while there is none. */
        public String judgementLabel(@Nullable String judgement, Locale locale) {
            if (judgement == null) {
                return "";
            }
            return scale().level(judgement)
                    .map(level -> level.label().in(locale))
                    .orElse(judgement);
        }

        /** The key factor's label, or its code where the framework does not have it. */
        public String factorLabel(String code, Locale locale) {
            return factor(code).map(item -> item.label().in(locale)).orElse(code);
        }

        /** The evidence kind's label, or its code where the framework does not have it. */
        public String evidenceLabel(String code, Locale locale) {
            return framework.evidence().stream()
                    .filter(kind -> kind.code().equals(code))
                    .map(kind -> kind.label().in(locale))
                    .findFirst()
                    .orElse(code);
        }

        /** The context factor's label, or its code where the context framework does not have it. */
        public String contextLabel(String code, Locale locale) {
            return contextFactors.stream()
                    .filter(item -> item.code().equals(code))
                    .map(item -> item.label().in(locale))
                    .findFirst()
                    .orElse(code);
        }
    }

    /**
     * What was found of one key factor: the answers to its guide questions in their order (null where unanswered),
     * the judgement (a level code, or a score from 0 to 100, of the framework's scale), why, and the codes of the
     * context factors that explain it.
     */
    record FactorContent(
            List<@Nullable String> answers,
            @Nullable String judgement,
            @Nullable String explanation,
            List<String> contextFactors) {

        public FactorContent {
            answers = answers == null
                    ? List.of()
                    : answers.stream()
                            .map(answer -> SelfAssessmentRules.RULES.optional(answer, 10_000, "answers"))
                            .toList();
            judgement = SelfAssessmentRules.RULES.optional(judgement, 40, "judgement");
            explanation = SelfAssessmentRules.RULES.optional(explanation, 20_000, "explanation");
            contextFactors = SelfAssessmentRules.RULES.lines(contextFactors, 100, "contextFactors");
        }

        public static FactorContent empty() {
            return new FactorContent(List.of(), null, null, List.of());
        }

        public @Nullable String answer(int index) {
            return index < answers.size() ? answers.get(index) : null;
        }
    }

    /**
     * A piece of evidence: a document of one of the framework's evidence kinds with its title and link, or a plan
     * action ({@code plan} and {@code item}), an indicator or a monitoring report ({@code item}) of the city.
     */
    record EvidenceContent(
            Source source,
            @Nullable String kind,
            @Nullable String title,
            @Nullable String link,
            @Nullable UUID plan,
            @Nullable UUID item) {

        public EvidenceContent {
            SelfAssessmentRules.requireChosen(source, "source");
            kind = SelfAssessmentRules.RULES.optional(kind, 80, "kind");
            title = SelfAssessmentRules.RULES.optional(title, 300, "title");
            link = SelfAssessmentRules.link(link);
        }

        public static EvidenceContent document(String kind, String title, @Nullable String link) {
            return new EvidenceContent(Source.DOCUMENT, kind, title, link, null, null);
        }

        public static EvidenceContent planAction(PlanId plan, ActionId action) {
            return new EvidenceContent(Source.PLAN_ACTION, null, null, null, plan.value(), action.value());
        }

        public static EvidenceContent picked(Source source, UUID item) {
            return new EvidenceContent(source, null, null, null, null, item);
        }
    }

    /** A piece of evidence as shown: the title is the document's, or that of the picked object when it was picked. */
    record EvidenceView(
            EvidenceId id,
            String factor,
            Source source,
            @Nullable String kind,
            String title,
            @Nullable String link,
            @Nullable UUID plan,
            @Nullable UUID item,
            LocalDate addedOn,
            UploadedFiles.@Nullable AttachedFile file) {}

    /** Something of the city a contributor may pick: {@code value} is what the form sends back. */
    record Choice(String value, String label) {}

    /** {@code actions} carry {@code <plan>/<action>} as their value, the others their id. */
    record EvidenceChoices(List<Choice> actions, List<Choice> indicators, List<Choice> monitoringReports) {

        public EvidenceChoices {
            actions = List.copyOf(actions);
            indicators = List.copyOf(indicators);
            monitoringReports = List.copyOf(monitoringReports);
        }
    }

    /** A priority action of the development plan, for the objective its key factor frames. */
    record DevelopmentContent(
            String factor,
            String title,
            Horizon horizon,
            @Nullable String owner,
            @Nullable LocalDate due) {

        public DevelopmentContent {
            factor = SelfAssessmentRules.RULES.required(factor, 100, "factor");
            title = SelfAssessmentRules.RULES.required(title, 300, "title");
            SelfAssessmentRules.requireChosen(horizon, "horizon");
            owner = SelfAssessmentRules.RULES.optional(owner, 300, "owner");
        }
    }

    /** A priority action, and where it stands in the city's plan once it became an action of it. */
    record DevelopmentActionView(
            DevelopmentActionId id,
            long version,
            DevelopmentContent content,
            @Nullable PlanId plan,
            @Nullable ActionId planAction,
            @Nullable ActionStatus status,
            @Nullable Integer progress) {

        public boolean inPlan() {
            return planAction != null;
        }
    }

    /**
     * One key factor of an assessment: what was found, the score its judgement stands for, its evidence; the
     * baseline's judgement and score beside it, and the priority actions of earlier development plans for it with
     * their progress in the city's plan.
     */
    record FactorView(
            FrameworkItem factor,
            long version,
            FactorContent content,
            @Nullable Integer score,
            List<EvidenceView> evidence,
            @Nullable String baselineJudgement,
            @Nullable Integer baselineScore,
            List<DevelopmentActionView> earlierActions) {

        public FactorView {
            evidence = List.copyOf(evidence);
            earlierActions = List.copyOf(earlierActions);
        }

        public String code() {
            return factor.code();
        }

        /** Judged, and below the top of the scale: an objective of the development plan. */
        public boolean notFullyMet() {
            return score != null && score < AnswerScale.FULL;
        }

        /** The change in score since the baseline; null where either has none. */
        public @Nullable Integer change() {
            return score == null || baselineScore == null ? null : score - baselineScore;
        }
    }

    /**
     * {@code index}: the weighted mean score of the judged key factors (null while none has a score);
     * {@code baseline}: the city's first signed-off assessment against the framework, unless it is this one.
     */
    record SelfAssessmentSummary(
            SelfAssessmentId id,
            CityId city,
            FrameworkRef framework,
            String title,
            State state,
            LocalDate startedOn,
            @Nullable LocalDate signedOffOn,
            boolean shared,
            @Nullable Integer index) {}

    record SelfAssessmentView(
            SelfAssessmentSummary summary,
            AssessmentFramework framework,
            long version,
            @Nullable SelfAssessmentId baseline,
            List<FactorView> factors,
            List<DevelopmentActionView> development,
            boolean contributable,
            boolean coordinatable) {

        public SelfAssessmentView {
            factors = List.copyOf(factors);
            development = List.copyOf(development);
        }

        public SelfAssessmentId id() {
            return summary.id();
        }

        public boolean isDraft() {
            return summary.state() == State.DRAFT;
        }

        /** This is the city's baseline: signed off, and the first. */
        public boolean isBaseline() {
            return !isDraft() && baseline == null;
        }

        public Optional<FactorView> factor(String code) {
            return factors.stream().filter(factor -> factor.code().equals(code)).findFirst();
        }

        /** The key factors not (fully) met: the objectives of the development plan. */
        public List<FactorView> objectives() {
            return factors.stream().filter(FactorView::notFullyMet).toList();
        }

        public List<DevelopmentActionView> development(String factor) {
            return development.stream()
                    .filter(action -> action.content().factor().equals(factor))
                    .toList();
        }
    }

    /** One key factor across the signed-off assessments, in their order: judgement and score of each. */
    record FactorRow(FrameworkItem factor, List<@Nullable String> judgements, List<@Nullable Integer> scores) {}

    /** The city's signed-off assessments against one framework, the baseline first. */
    record ProgressView(AssessmentFramework framework, List<SelfAssessmentSummary> assessments, List<FactorRow> rows) {

        public ProgressView {
            assessments = List.copyOf(assessments);
            rows = List.copyOf(rows);
        }
    }
}
