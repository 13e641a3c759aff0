package org.equicity.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.people.Access;
import org.equicity.people.People;
import org.equicity.people.People.Reviewer;
import org.equicity.practice.PracticeId;
import org.equicity.practice.PracticeStatus;
import org.equicity.practice.Practices;
import org.equicity.practice.Practices.PracticeSummary;
import org.equicity.practice.Practices.PracticeView;
import org.equicity.report.ReportedActionId;
import org.equicity.report.Reports;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ReviewService implements Reviews {

    private final ReviewAssignmentRepository assignments;
    private final CommitteeDecisionRepository decisions;
    private final Access access;
    private final People people;
    private final Practices practices;
    private final Reports reports;
    private final Frameworks frameworks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            ReviewAssignmentRepository assignments,
            CommitteeDecisionRepository decisions,
            Access access,
            People people,
            Practices practices,
            Reports reports,
            Frameworks frameworks,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.events = events;
        this.assignments = assignments;
        this.decisions = decisions;
        this.access = access;
        this.people = people;
        this.practices = practices;
        this.reports = reports;
        this.frameworks = frameworks;
    }

    @Override
    @Transactional(readOnly = true)
    public Board board(NetworkId network) {
        access.requireNetworkManagement(network);
        var reviewers = activeReviewers(network);
        var byPractice = assignments.findByNetworkId(network.value()).stream()
                .collect(Collectors.groupingBy(ReviewAssignment::practice));
        var nominated = new LinkedHashMap<ReportedActionId, PracticeId>();
        var progress = new ArrayList<PracticeProgress>();
        for (var summary : practices.ofNetwork(network)) {
            var source = practices.practice(summary.id()).source();
            if (source != null) {
                nominated.put(source.action(), summary.id());
            }
            var assigned = byPractice.getOrDefault(summary.id(), List.of());
            progress.add(new PracticeProgress(
                    summary,
                    source != null,
                    new Progress(assigned.size(), (int) assigned.stream()
                            .filter(assignment -> assignment.state() == State.SUBMITTED)
                            .count()),
                    decided(summary.status()) ? List.of() : eligible(reviewers, summary.city(), assigned)));
        }
        var actions = new ArrayList<CandidateAction>();
        for (var cycle : reports.cyclesOf(network)) {
            for (var action : reports.acceptedActions(cycle.id())) {
                var practice = nominated.get(action.id());
                actions.add(new CandidateAction(
                        action,
                        cycle.name(),
                        practice,
                        eligible(reviewers, action.city(), byPractice.getOrDefault(practice, List.of()))));
            }
        }
        return new Board(
                network,
                actions,
                progress,
                reviewers.stream().map(ReviewService::option).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PracticeSummary> awaitingReviewers(NetworkId network) {
        access.requireNetworkManagement(network);
        var assigned = assignments.findByNetworkId(network.value()).stream()
                .map(ReviewAssignment::practice)
                .collect(Collectors.toSet());
        return practices.ofNetwork(network).stream()
                .filter(practice -> !decided(practice.status()) && !assigned.contains(practice.id()))
                .sorted(Comparator.comparing(PracticeSummary::submittedAt))
                .toList();
    }

    @Override
    public AssignmentId assign(PracticeId practiceId, PersonId reviewerId) {
        var practice = practices.practice(practiceId);
        var network = practice.summary().network();
        access.requireNetworkManagement(network);
        if (decided(practice.summary().status())) {
            throw new RuleViolationException("review.rule.decided");
        }
        var reviewer = activeReviewers(network).stream()
                .filter(candidate -> candidate.person().equals(reviewerId))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException("review.rule.not-reviewer"));
        if (ownCity(reviewer, practice.summary().city())) {
            throw new RuleViolationException("review.rule.own-city");
        }
        if (assignments.existsByPracticeIdAndReviewerId(practiceId.value(), reviewerId.value())) {
            throw new RuleViolationException("review.rule.already-assigned");
        }
        var criteria = criteriaOf(practice);
        if (frameworks.find(criteria).isEmpty()) {
            throw new RuleViolationException("review.rule.criteria-unknown", criteria.toString());
        }
        var assignment = assignments.save(new ReviewAssignment(
                practiceId,
                network,
                practice.summary().city(),
                reviewerId,
                reviewer.displayName(),
                me(),
                criteria,
                clock.instant()));
        practices.startReview(practiceId);
        events.publishEvent(new ReviewAssigned(
                assignment.id(), practiceId, practice.summary().title(), network, reviewerId));
        return assignment.id();
    }

    @Override
    public AssignmentId assign(ReportedActionId action, PersonId reviewer) {
        access.requireNetworkManagement(reports.acceptedAction(action).summary().network());
        // in one transaction: a refused reviewer leaves no practice behind
        return assign(practices.nominate(action), reviewer);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssignmentSummary> mine() {
        var me = me();
        return assignments.findByReviewerIdOrderByAssignedAtDesc(me.value()).stream()
                .filter(assignment -> access.isReviewer(assignment.network()))
                .sorted(Comparator.comparing(ReviewAssignment::state))
                .map(assignment -> {
                    var practice = practices.practice(assignment.practice()).summary();
                    return new AssignmentSummary(
                            assignment.id(),
                            practice.id(),
                            practice.title(),
                            practice.ownerName(),
                            practice.networkName(),
                            assignment.state(),
                            assignment.assignedAt(),
                            assignment.submittedAt());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewView review(AssignmentId id) {
        var assignment = assignmentOf(id);
        if (!isOwnReviewer(assignment)) {
            access.requireNetworkManagement(assignment.network());
        }
        return view(assignment, practices.practice(assignment.practice()));
    }

    @Override
    public long save(AssignmentId id, long version, ReviewContent content) {
        var assignment = writableAssignment(id);
        assignment.save(version, content, codes(assignment.criteria()), clock.instant());
        assignments.flush();
        return assignment.version();
    }

    @Override
    public void submit(AssignmentId id, long version) {
        var assignment = writableAssignment(id);
        assignment.submit(version, codes(assignment.criteria()), clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public PracticeReviews reviewsOf(PracticeId practiceId) {
        var practice = practices.practice(practiceId);
        var network = practice.summary().network();
        access.requireNetworkManagement(network);
        var assigned = assignments.findByPracticeIdOrderByAssignedAt(practiceId.value());
        var criteria =
                assigned.isEmpty() ? criteriaOf(practice) : assigned.get(0).criteria();
        var decision = decisions.findById(practiceId.value()).map(CommitteeDecision::view);
        return new PracticeReviews(
                practice,
                criteria(criteria),
                assigned.stream().map(assignment -> view(assignment, practice)).toList(),
                decision.orElse(null),
                decided(practice.summary().status())
                        ? List.of()
                        : eligible(activeReviewers(network), practice.summary().city(), assigned));
    }

    @Override
    public void decide(PracticeId practiceId, Decision decision, String note) {
        var practice = practices.practice(practiceId);
        var network = practice.summary().network();
        access.requireNetworkManagement(network);
        if (decision == null) {
            throw RuleViolationException.about("decision", "review.rule.required", "decision");
        }
        var kept = RULES.optional(note, 10_000, "note");
        if (decisions.existsById(practiceId.value())
                || decided(practice.summary().status())) {
            throw new RuleViolationException("review.rule.decided");
        }
        var submitted = assignments.findByPracticeIdOrderByAssignedAt(practiceId.value()).stream()
                .anyMatch(assignment -> assignment.state() == State.SUBMITTED);
        if (!submitted) {
            throw new RuleViolationException("review.rule.no-submitted-review");
        }
        var secretary = access.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        decisions.save(new CommitteeDecision(
                practiceId, network, decision, kept, secretary.id(), secretary.displayName(), clock.instant()));
        if (decision == Decision.DESIGNATE) {
            practices.designate(practiceId);
        } else {
            practices.decline(practiceId);
        }
    }

    /** Only the reviewer, while they still review for the network and hold no role in the practice's city. */
    private ReviewAssignment writableAssignment(AssignmentId id) {
        var assignment = assignmentOf(id);
        if (!isOwnReviewer(assignment)) {
            throw new AccessDeniedException("Not this review's reviewer");
        }
        if (assignment.city() != null && access.belongsToCity(assignment.city())) {
            throw new RuleViolationException("review.rule.own-city");
        }
        if (decisions.existsById(assignment.practice().value())) {
            throw new RuleViolationException("review.rule.decided");
        }
        return assignment;
    }

    private boolean isOwnReviewer(ReviewAssignment assignment) {
        var me = access.current();
        return me.isPresent() && assignment.isBy(me.get().id()) && access.isReviewer(assignment.network());
    }

    private ReviewView view(ReviewAssignment assignment, PracticeView practice) {
        return new ReviewView(
                assignment.id(),
                practice,
                assignment.reviewer(),
                assignment.reviewerName(),
                assignment.criteria(),
                criteria(assignment.criteria()),
                assignment.state(),
                assignment.version(),
                assignment.content(),
                assignment.assignedAt(),
                assignment.savedAt(),
                assignment.submittedAt(),
                isOwnReviewer(assignment) && assignment.state() == State.ASSIGNED);
    }

    /** A nominated action is rated against its cycle's criteria, a direct submission against the default ones. */
    private FrameworkRef criteriaOf(PracticeView practice) {
        var source = practice.source();
        if (source == null || source.cycle() == null) {
            return Reports.DEFAULT_CRITERIA;
        }
        var criteria = reports.cycle(source.cycle()).criteria();
        return criteria == null ? Reports.DEFAULT_CRITERIA : criteria;
    }

    private List<Criterion> criteria(FrameworkRef ref) {
        return framework(ref).items().stream()
                .map(item -> new Criterion(item.code(), item.label(), item.description()))
                .toList();
    }

    private List<String> codes(FrameworkRef ref) {
        return criteria(ref).stream().map(Criterion::code).toList();
    }

    private Framework framework(FrameworkRef ref) {
        return frameworks.find(ref).orElseThrow(() -> new NotFoundException("Framework", ref.toString()));
    }

    private List<Reviewer> activeReviewers(NetworkId network) {
        return people.reviewers(network).stream().filter(Reviewer::active).toList();
    }

    /** A contributor's practice (no city) is no reviewer's own. */
    private static boolean ownCity(Reviewer reviewer, CityId city) {
        return city != null && reviewer.cities().contains(city);
    }

    private static List<ReviewerOption> eligible(
            List<Reviewer> reviewers, CityId city, List<ReviewAssignment> assigned) {
        return reviewers.stream()
                .filter(reviewer -> !ownCity(reviewer, city))
                .filter(reviewer -> assigned.stream().noneMatch(assignment -> assignment.isBy(reviewer.person())))
                .map(ReviewService::option)
                .toList();
    }

    private static ReviewerOption option(Reviewer reviewer) {
        return new ReviewerOption(reviewer.person(), reviewer.displayName(), reviewer.email());
    }

    private PersonId me() {
        return access.current()
                .map(Access.CurrentPerson::id)
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    private ReviewAssignment assignmentOf(AssignmentId id) {
        return assignments.findById(id.value()).orElseThrow(() -> new NotFoundException("Review", id.value()));
    }

    private static boolean decided(PracticeStatus status) {
        return status == PracticeStatus.DESIGNATED || status == PracticeStatus.NOT_DESIGNATED;
    }
}
