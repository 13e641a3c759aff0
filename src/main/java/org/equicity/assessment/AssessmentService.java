package org.equicity.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.people.Access;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.TrackedAction;
import org.equicity.plan.Plans.TrackedPlan;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments facade. A plan's review falls due {@code everyYears} after the start of its period or after its
 * last final assessment, whichever is later: the final assessment is the review the next plan starts from.
 */
@Service
@Transactional
class AssessmentService implements Assessments {

    private final PlanAssessmentRepository assessments;
    private final PlanReviewRepository reviews;
    private final Plans plans;
    private final Frameworks frameworks;
    private final Access access;
    private final Clock clock;

    AssessmentService(
            PlanAssessmentRepository assessments,
            PlanReviewRepository reviews,
            Plans plans,
            Frameworks frameworks,
            Access access,
            Clock clock) {
        this.assessments = assessments;
        this.reviews = reviews;
        this.plans = plans;
        this.frameworks = frameworks;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PlanAssessments ofPlan(PlanId id) {
        var plan = readable(id);
        var all = assessments.ofPlan(id.value());
        int every = everyYears(id);
        var due = reviewDue(plan.startYear(), all, every);
        var today = LocalDate.now(clock);
        boolean open = plan.isOpenForWork() && plan.state().isPublic();
        return new PlanAssessments(
                id,
                plan.city(),
                plan.title(),
                all.stream().map(PlanAssessment::summary).toList(),
                every,
                due,
                open && !due.isBefore(today) && due.isBefore(today.plusDays(REMINDER_DAYS + 1L)),
                open && due.isBefore(today),
                access.canManageCity(plan.city()));
    }

    @Override
    @Transactional(readOnly = true)
    public AssessmentView assessment(AssessmentId id) {
        var assessment = load(id);
        var plan = readable(assessment.plan());
        return new AssessmentView(
                id,
                plan.id(),
                plan.city(),
                plan.title(),
                assessment.kind(),
                assessment.year(),
                assessment.assessedOn(),
                assessment.version(),
                assessment.content(),
                plan.actions().stream()
                        .map(action ->
                                new PlannedAction(action.id(), action.content().title()))
                        .toList(),
                methods(),
                access.canManageCity(plan.city()));
    }

    @Override
    public AssessmentId start(PlanId id, Kind kind, int year) {
        var plan = plans.tracked(id);
        access.requireCityManagement(plan.city());
        Objects.requireNonNull(kind, "kind");
        if (year < plan.startYear() || year > LocalDate.now(clock).getYear() + 1) {
            throw RuleViolationException.about("year", "assessment.rule.year", plan.startYear());
        }
        var existing = assessments.ofPlan(id.value());
        if (existing.stream().anyMatch(a -> a.kind() == kind && (kind == Kind.FINAL || a.year() == year))) {
            throw RuleViolationException.about("year", "assessment.rule.twice");
        }
        var assessment = new PlanAssessment(
                id,
                plan.city(),
                kind,
                year,
                plan.language(),
                LocalDate.now(clock),
                plan.actions().stream().map(TrackedAction::id).toList());
        return assessments.save(assessment).id();
    }

    @Override
    public long save(AssessmentId id, long version, AssessmentContent content) {
        var assessment = load(id);
        var plan = plans.tracked(assessment.plan());
        access.requireCityManagement(plan.city());
        requireBelongs(plan, content);
        if (assessment.version() != version) {
            throw new ObjectOptimisticLockingFailureException(PlanAssessment.class, id.value());
        }
        assessment.revise(content, plan.language(), LocalDate.now(clock));
        assessments.flush();
        return assessment.version();
    }

    @Override
    public void scheduleReview(PlanId id, int everyYears) {
        var plan = plans.tracked(id);
        access.requireCityManagement(plan.city());
        if (everyYears < 2 || everyYears > 3) {
            throw RuleViolationException.about("everyYears", "assessment.rule.review-years");
        }
        reviews.findById(id.value())
                .ifPresentOrElse(
                        review -> review.every(everyYears),
                        () -> reviews.save(new PlanReview(id, plan.city(), everyYears)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewDue> reviewsDue(CityId city) {
        if (!access.canManageCity(city)) {
            return List.of();
        }
        return dueOf(city, LocalDate.now(clock));
    }

    /** As {@link #reviewsDue}, whoever asks: for the daily reminder job, which has no reader. */
    List<ReviewDue> dueOf(CityId city, LocalDate today) {
        return plans.ofCity(city).stream()
                .filter(plan -> plan.state() == PlanState.ADOPTED || plan.state() == PlanState.IN_IMPLEMENTATION)
                .map(plan -> {
                    var due = reviewDue(
                            plan.startYear(), assessments.ofPlan(plan.id().value()), everyYears(plan.id()));
                    return new ReviewDue(plan.id(), plan.title(), due, due.isBefore(today));
                })
                .filter(review -> review.due().isBefore(today.plusDays(REMINDER_DAYS + 1L)))
                .toList();
    }

    private TrackedPlan readable(PlanId id) {
        var plan = plans.tracked(id);
        if (!access.canReadCity(plan.city())) {
            throw new AccessDeniedException("Assessments are read by the city's people");
        }
        return plan;
    }

    private PlanAssessment load(AssessmentId id) {
        return assessments.findById(id.value()).orElseThrow(() -> new NotFoundException("Assessment", id.value()));
    }

    private int everyYears(PlanId plan) {
        return reviews.findById(plan.value()).map(PlanReview::everyYears).orElse(DEFAULT_REVIEW_YEARS);
    }

    private static LocalDate reviewDue(int startYear, List<PlanAssessment> all, int everyYears) {
        var from = all.stream()
                .filter(assessment -> assessment.kind() == Kind.FINAL)
                .map(PlanAssessment::assessedOn)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.of(startYear, 1, 1));
        return from.plusYears(everyYears);
    }

    /** Every finding is of an action of the plan, once, with a method of the data file. */
    private void requireBelongs(TrackedPlan plan, AssessmentContent content) {
        var codes = methods().stream().map(Method::code).toList();
        var seen = new HashSet<>();
        for (var finding : content.findings()) {
            if (plan.action(finding.action()).isEmpty() || !seen.add(finding.action())) {
                throw RuleViolationException.about("findings", "assessment.rule.foreign-action");
            }
            if (finding.method() != null && !codes.contains(finding.method())) {
                throw RuleViolationException.about("method", "assessment.rule.method", finding.method());
            }
        }
    }

    private List<Method> methods() {
        return frameworks.find(FrameworkRef.parse(METHODS)).stream()
                .flatMap(framework -> framework.items().stream())
                .map(item -> new Method(item.code(), item.label()))
                .toList();
    }
}
