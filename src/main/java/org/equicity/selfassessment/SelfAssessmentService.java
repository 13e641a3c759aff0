package org.equicity.selfassessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The self-assessments facade; the development plan is {@link DevelopmentPlans}'s. */
@Service
@Transactional
class SelfAssessmentService implements SelfAssessments {

    private final SelfAssessmentRepository assessments;
    private final AssessedFactorRepository factors;
    private final EvidenceRepository evidence;
    private final SelfAssessmentViews views;
    private final EvidencePicks picks;
    private final DevelopmentPlans development;
    private final AssessmentAccess access;
    private final Frameworks frameworks;
    private final Cities cities;
    private final Clock clock;

    SelfAssessmentService(
            SelfAssessmentRepository assessments,
            AssessedFactorRepository factors,
            EvidenceRepository evidence,
            SelfAssessmentViews views,
            EvidencePicks picks,
            DevelopmentPlans development,
            AssessmentAccess access,
            Frameworks frameworks,
            Cities cities,
            Clock clock) {
        this.assessments = assessments;
        this.factors = factors;
        this.evidence = evidence;
        this.views = views;
        this.picks = picks;
        this.development = development;
        this.access = access;
        this.frameworks = frameworks;
        this.cities = cities;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssessmentFramework> frameworks() {
        return views.frameworks();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelfAssessmentSummary> ofCity(CityId city) {
        access.requireRead(city);
        return assessments.ofCity(city.value()).stream().map(views::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canContribute(CityId city) {
        return access.canContribute(city);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canCoordinate(CityId city) {
        return access.canCoordinate(city);
    }

    @Override
    @Transactional(readOnly = true)
    public SelfAssessmentView assessment(SelfAssessmentId id) {
        var assessment = load(id);
        access.requireRead(assessment.city());
        return views.view(assessment, access.canContribute(assessment.city()), access.canCoordinate(assessment.city()));
    }

    @Override
    @Transactional(readOnly = true)
    public SelfAssessmentView assessmentForReview(SelfAssessmentId id) {
        return views.view(load(id), false, false);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SelfAssessmentSummary> shared(CityId city) {
        return assessments.ofCity(city.value()).stream()
                .filter(SelfAssessment::isShared)
                .map(views::summary)
                .toList();
    }

    @Override
    public SelfAssessmentId start(CityId city, FrameworkRef ref, String title) {
        access.requireCoordinate(city);
        if (cities.find(city).isEmpty()) {
            throw new NotFoundException("City", city.value());
        }
        if (frameworks.find(ref).filter(found -> found.isAssessment()).isEmpty()) {
            throw RuleViolationException.about("framework", "selfassessment.rule.framework", ref.toString());
        }
        var framework = views.framework(ref);
        var named = SelfAssessmentRules.RULES.required(title, 300, "title");
        var assessment = assessments.save(new SelfAssessment(city, ref, named, LocalDate.now(clock)));
        var items = framework.factors();
        for (int i = 0; i < items.size(); i++) {
            factors.save(new AssessedFactor(assessment.id(), items.get(i).code(), i));
        }
        frameworks.recordUse(ref, "city:" + city.value());
        return assessment.id();
    }

    @Override
    public long saveFactor(SelfAssessmentId id, String factor, long version, FactorContent content) {
        var assessment = load(id);
        access.requireContribute(assessment.city());
        assessment.requireDraft();
        var row = factors.find(id.value(), factor).orElseThrow(() -> new NotFoundException("Key factor", factor));
        requireOnScale(views.framework(assessment.framework()), factor, content);
        if (row.version() != version) {
            throw new ObjectOptimisticLockingFailureException(AssessedFactor.class, factor);
        }
        row.revise(content);
        factors.flush();
        return row.version();
    }

    @Override
    public EvidenceId addEvidence(SelfAssessmentId id, String factor, EvidenceContent content) {
        var assessment = load(id);
        access.requireContribute(assessment.city());
        assessment.requireDraft();
        var framework = views.framework(assessment.framework());
        if (framework.factor(factor).isEmpty()) {
            throw new NotFoundException("Key factor", factor);
        }
        var title = picks.title(assessment.city(), framework, content);
        var document = content.source() == Source.DOCUMENT;
        var added = evidence.save(new Evidence(
                id,
                factor,
                content.source(),
                document ? content.kind() : null,
                title,
                document ? content.link() : null,
                document ? null : content.plan(),
                document ? null : content.item(),
                LocalDate.now(clock)));
        return new EvidenceId(added.view().id().value());
    }

    @Override
    public void removeEvidence(SelfAssessmentId id, EvidenceId evidenceId) {
        var assessment = load(id);
        access.requireContribute(assessment.city());
        assessment.requireDraft();
        var found = evidence.findById(evidenceId.value())
                .filter(piece -> piece.assessment().equals(id))
                .orElseThrow(() -> new NotFoundException("Evidence", evidenceId));
        evidence.delete(found);
    }

    @Override
    @Transactional(readOnly = true)
    public EvidenceChoices evidenceChoices(CityId city) {
        access.requireContribute(city);
        return picks.choices(city);
    }

    @Override
    public void signOff(SelfAssessmentId id, long version) {
        var assessment = load(id);
        access.requireCoordinate(assessment.city());
        if (assessment.version() != version) {
            throw new ObjectOptimisticLockingFailureException(SelfAssessment.class, id.value());
        }
        var unjudged = factors.ofAssessment(id.value()).stream()
                .filter(row -> row.judgement() == null)
                .count();
        if (unjudged > 0) {
            throw RuleViolationException.about("judgement", "selfassessment.rule.unjudged", unjudged);
        }
        assessment.signOff(access.me(), clock.instant());
        assessments.flush();
    }

    @Override
    public void share(SelfAssessmentId id, boolean shared) {
        var assessment = load(id);
        access.requireCoordinate(assessment.city());
        assessment.share(shared);
    }

    @Override
    @Transactional(readOnly = true)
    public ProgressView progress(CityId city, FrameworkRef framework) {
        access.requireRead(city);
        return views.progress(city, framework);
    }

    @Override
    public DevelopmentActionId addDevelopmentAction(SelfAssessmentId id, DevelopmentContent content) {
        return development.add(load(id), content);
    }

    @Override
    public void updateDevelopmentAction(
            SelfAssessmentId id, DevelopmentActionId action, long version, DevelopmentContent content) {
        development.update(load(id), action, version, content);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Choice> commitmentChoices(CityId city, Locale locale) {
        access.requireCoordinate(city);
        return picks.commitments(city, locale);
    }

    @Override
    public ActionId addToPlan(SelfAssessmentId id, DevelopmentActionId action, PlanId plan, CommitmentId commitment) {
        return development.addToPlan(load(id), action, plan, commitment);
    }

    private SelfAssessment load(SelfAssessmentId id) {
        return assessments.findById(id.value()).orElseThrow(() -> new NotFoundException("Self-assessment", id));
    }

    /** The judgement is on the framework's scale, the answers no more than its guide questions, context its own. */
    private static void requireOnScale(AssessmentFramework framework, String factor, FactorContent content) {
        var item = framework.factor(factor).orElseThrow(() -> new NotFoundException("Key factor", factor));
        if (content.judgement() != null && !framework.scale().accepts(content.judgement())) {
            throw RuleViolationException.about("judgement", "selfassessment.rule.judgement", content.judgement());
        }
        if (content.answers().size() > item.questions().size()) {
            throw RuleViolationException.about(
                    "answers", "selfassessment.rule.answers", item.questions().size());
        }
        var codes = framework.contextFactors().stream().map(c -> c.code()).toList();
        for (var code : content.contextFactors()) {
            if (!codes.contains(code)) {
                throw RuleViolationException.about("contextFactors", "selfassessment.rule.context", code);
            }
        }
    }
}
