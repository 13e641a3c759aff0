package org.equicity.selfassessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.plan.Plans;
import org.equicity.selfassessment.SelfAssessments.AssessmentFramework;
import org.equicity.selfassessment.SelfAssessments.DevelopmentActionView;
import org.equicity.selfassessment.SelfAssessments.FactorRow;
import org.equicity.selfassessment.SelfAssessments.FactorView;
import org.equicity.selfassessment.SelfAssessments.ProgressView;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentSummary;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts together what a reader sees of self-assessments: the scores judgements stand for, the weighted index, the
 * baseline beside each key factor, and where the priority actions of earlier development plans stand in the
 * city's plan.
 */
@Component
class SelfAssessmentViews {

    private final SelfAssessmentRepository assessments;
    private final AssessedFactorRepository factors;
    private final EvidenceRepository evidence;
    private final DevelopmentActionRepository development;
    private final Frameworks frameworks;
    private final Plans plans;
    private final Clock clock;

    SelfAssessmentViews(
            SelfAssessmentRepository assessments,
            AssessedFactorRepository factors,
            EvidenceRepository evidence,
            DevelopmentActionRepository development,
            Frameworks frameworks,
            Plans plans,
            Clock clock) {
        this.assessments = assessments;
        this.factors = factors;
        this.evidence = evidence;
        this.development = development;
        this.frameworks = frameworks;
        this.plans = plans;
        this.clock = clock;
    }

    List<AssessmentFramework> frameworks() {
        return frameworks.all().stream()
                .filter(Framework::isAssessment)
                .map(this::assessmentFramework)
                .toList();
    }

    /** The framework of an assessment; a reference that is no assessment framework is not found. */
    AssessmentFramework framework(FrameworkRef ref) {
        return frameworks
                .find(ref)
                .filter(Framework::isAssessment)
                .map(this::assessmentFramework)
                .orElseThrow(() -> new NotFoundException("Assessment framework", ref));
    }

    private AssessmentFramework assessmentFramework(Framework framework) {
        var context = framework.context() == null ? Optional.<Framework>empty() : frameworks.find(framework.context());
        return new AssessmentFramework(framework, context.map(Framework::items).orElse(List.of()));
    }

    SelfAssessmentSummary summary(SelfAssessment assessment) {
        var framework = framework(assessment.framework());
        return summary(assessment, framework, judgements(assessment));
    }

    private SelfAssessmentSummary summary(
            SelfAssessment assessment, AssessmentFramework framework, Map<String, String> judgements) {
        return new SelfAssessmentSummary(
                assessment.id(),
                assessment.city(),
                assessment.framework(),
                assessment.title(),
                assessment.state(),
                assessment.startedOn(),
                signedOffOn(assessment),
                assessment.isShared(),
                index(framework, judgements));
    }

    SelfAssessmentView view(SelfAssessment assessment, boolean contributable, boolean coordinatable) {
        var framework = framework(assessment.framework());
        var signedOff = assessments.signedOff(
                assessment.city().value(), assessment.framework().toString());
        var baseline =
                signedOff.stream().findFirst().filter(first -> !first.id().equals(assessment.id()));
        var baselineJudgements = baseline.map(this::judgements).orElse(Map.of());
        var earlier = earlierActions(assessment, signedOff);
        var proofs = evidence.ofAssessment(assessment.id().value()).stream()
                .map(Evidence::view)
                .collect(Collectors.groupingBy(SelfAssessments.EvidenceView::factor));
        var rows = new ArrayList<FactorView>();
        var judgements = new HashMap<String, String>();
        for (var row : factors.ofAssessment(assessment.id().value())) {
            var item = framework.factor(row.factor());
            if (item.isEmpty()) {
                continue;
            }
            var content = row.content();
            if (content.judgement() != null) {
                judgements.put(row.factor(), content.judgement());
            }
            var before = baselineJudgements.get(row.factor());
            rows.add(new FactorView(
                    item.get(),
                    row.version(),
                    content,
                    score(framework, content.judgement()),
                    proofs.getOrDefault(row.factor(), List.of()),
                    before,
                    score(framework, before),
                    earlier.stream()
                            .filter(action -> action.content().factor().equals(row.factor()))
                            .toList()));
        }
        return new SelfAssessmentView(
                summary(assessment, framework, judgements),
                framework,
                assessment.version(),
                baseline.map(SelfAssessment::id).orElse(null),
                rows,
                developmentOf(List.of(assessment.id().value())),
                contributable && assessment.state() == SelfAssessments.State.DRAFT,
                coordinatable);
    }

    ProgressView progress(CityId city, FrameworkRef ref) {
        var framework = framework(ref);
        var signedOff = assessments.signedOff(city.value(), ref.toString());
        var all = signedOff.stream().map(this::judgements).toList();
        var rows = framework.factors().stream()
                .map(factor -> {
                    var judgements = all.stream().map(j -> j.get(factor.code())).toList();
                    return new FactorRow(
                            factor,
                            judgements,
                            judgements.stream().map(j -> score(framework, j)).toList());
                })
                .toList();
        var summaries = new ArrayList<SelfAssessmentSummary>();
        for (int i = 0; i < signedOff.size(); i++) {
            summaries.add(summary(signedOff.get(i), framework, all.get(i)));
        }
        return new ProgressView(framework, summaries, rows);
    }

    /** The priority actions of the city's development plans signed off before this assessment, with their progress. */
    private List<DevelopmentActionView> earlierActions(SelfAssessment assessment, List<SelfAssessment> signedOff) {
        var ids = signedOff.stream()
                .filter(other -> !other.id().equals(assessment.id()))
                .filter(other -> assessment.signedOffAt() == null
                        || Objects.requireNonNull(other.signedOffAt()).isBefore(assessment.signedOffAt()))
                .map(other -> other.id().value())
                .toList();
        return ids.isEmpty()
                ? List.of()
                : developmentOf(ids).stream()
                        .filter(DevelopmentActionView::inPlan)
                        .toList();
    }

    List<DevelopmentActionView> developmentOf(List<UUID> assessmentIds) {
        return development.ofAssessments(assessmentIds).stream().map(this::view).toList();
    }

    private DevelopmentActionView view(DevelopmentAction action) {
        var plan = action.plan();
        var planAction = action.planAction();
        if (plan == null || planAction == null) {
            return new DevelopmentActionView(action.id(), action.version(), action.content(), null, null, null, null);
        }
        Optional<Plans.TrackedAction> tracked;
        try {
            tracked = plans.tracked(plan, planAction).action(planAction);
        } catch (NotFoundException gone) {
            // The plan no longer holds the action: the priority action shows without a status.
            tracked = Optional.empty();
        }
        return new DevelopmentActionView(
                action.id(),
                action.version(),
                action.content(),
                plan,
                planAction,
                tracked.map(found -> found.content().status()).orElse(null),
                tracked.map(found -> found.content().progress()).orElse(null));
    }

    /** The day of the sign-off, in the time zone of the installation's clock. */
    private @Nullable LocalDate signedOffOn(SelfAssessment assessment) {
        var at = assessment.signedOffAt();
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }

    private Map<String, String> judgements(SelfAssessment assessment) {
        var judgements = new HashMap<String, String>();
        for (var row : factors.ofAssessment(assessment.id().value())) {
            if (row.judgement() != null) {
                judgements.put(row.factor(), row.judgement());
            }
        }
        return judgements;
    }

    static @Nullable Integer score(AssessmentFramework framework, @Nullable String judgement) {
        return judgement == null ? null : framework.scale().score(judgement).orElse(null);
    }

    /** The weighted mean of the scores of the judged key factors, rounded; null while none has a score. */
    static @Nullable Integer index(AssessmentFramework framework, Map<String, String> judgements) {
        long weighted = 0;
        long weights = 0;
        for (var factor : framework.factors()) {
            var score = score(framework, judgements.get(factor.code()));
            if (score != null) {
                weighted += (long) score * factor.weight();
                weights += factor.weight();
            }
        }
        return weights == 0 ? null : Math.round((float) weighted / weights);
    }
}
