package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.monitoring.MonitoringReports.Recommendation;
import org.equicity.people.Access;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionSource;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up facade. Reads are for the city's people, changes for its coordinators; a plan named by a client must
 * be one of the recommendation's city, and the plan module checks that the commitment is the plan's.
 */
@Service
@Transactional
class FollowUpService implements FollowUps {

    private final RecommendationTrackingRepository trackings;
    private final FollowUpEntryRepository entries;
    private final ProgrammeReportRepository reports;
    private final FollowUpViews views;
    private final MonitoringVocabulary vocabulary;
    private final Plans plans;
    private final Access access;
    private final Clock clock;

    FollowUpService(
            RecommendationTrackingRepository trackings,
            FollowUpEntryRepository entries,
            ProgrammeReportRepository reports,
            FollowUpViews views,
            MonitoringVocabulary vocabulary,
            Plans plans,
            Access access,
            Clock clock) {
        this.trackings = trackings;
        this.entries = entries;
        this.reports = reports;
        this.views = views;
        this.vocabulary = vocabulary;
        this.plans = plans;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TrackedRecommendation> ofProgramme(ProgrammeId programme) {
        var report = reports.findById(programme.value()).orElse(null);
        if (report == null) {
            return List.of();
        }
        requireReader(report.city());
        return views.of(report, trackings.findByProgrammeIdOrderByPosition(programme.value()));
    }

    @Override
    @Transactional(readOnly = true)
    public TrackedRecommendation recommendation(RecommendationId id) {
        var tracking = tracking(id);
        requireReader(tracking.city());
        var report = reports.findById(tracking.programme().value()).orElseThrow();
        return views.of(report, List.of(tracking)).get(0);
    }

    @Override
    public void changeStatus(RecommendationId id, long version, @Nullable Status status, @Nullable String reason) {
        var tracking = managed(id, version);
        tracking.changeStatus(
                MonitoringRules.requireChosen(status, "status"),
                MonitoringRules.RULES.optional(reason, 2_000, "reason"));
    }

    @Override
    public FollowUpId recordFollowUp(RecommendationId id, FollowUpNote note) {
        var tracking = tracking(id);
        access.requireCityManagement(tracking.city());
        vocabulary.requireKnown(METHODS, note.method(), "method");
        if (tracking.status().closed()) {
            throw RuleViolationException.about("method", "monitoring.rule.status-closed");
        }
        if (note.heldOn().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.about("heldOn", "monitoring.rule.future");
        }
        return entries.save(new FollowUpEntry(id, note, clock.instant())).view().id();
    }

    @Override
    public ActionId turnIntoAction(RecommendationId id, PlanId plan, CommitmentId commitment) {
        var tracking = tracking(id);
        access.requireCityManagement(tracking.city());
        MonitoringRules.requireChosen(plan, "plan");
        MonitoringRules.requireChosen(commitment, "plan");
        if (!plans.tracked(plan).city().equals(tracking.city())) {
            throw new NotFoundException("Plan", plan.value());
        }
        var report = reports.findById(tracking.programme().value()).orElseThrow();
        var recommendation = report.text().recommendations().get(tracking.position());
        var number = tracking.position() + 1;
        var action = plans.addActionFrom(
                plan,
                commitment,
                content(recommendation, LocalDate.now(clock)),
                source(report, recommendation, number));
        tracking.becameAction(plan, action);
        return action;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FollowUpDue> overdue(CityId city) {
        requireReader(city);
        var today = LocalDate.now(clock);
        var open = trackings.findByCityIdAndStatusIn(city.value(), List.of(Status.OPEN, Status.IN_PROGRESS));
        var last = lastFollowUps(open);
        var titles = new HashMap<UUID, String>();
        var due = new ArrayList<FollowUpDue>();
        for (var tracking : open) {
            var next =
                    FollowUpViews.nextFollowUp(tracking, last.get(tracking.id().value()));
            if (next != null && next.isBefore(today)) {
                var title = titles.computeIfAbsent(
                        tracking.programme().value(),
                        programme -> reports.findById(programme)
                                .map(report -> report.text().title())
                                .orElse(""));
                due.add(new FollowUpDue(tracking.id(), tracking.programme(), title, tracking.position() + 1, next));
            }
        }
        due.sort(Comparator.comparing(FollowUpDue::due));
        return due;
    }

    private Map<UUID, LocalDate> lastFollowUps(List<RecommendationTracking> of) {
        var ids = of.stream().map(t -> t.id().value()).toList();
        return ids.isEmpty()
                ? Map.of()
                : entries.findByRecommendationIdInOrderByHeldOnAsc(ids).stream()
                        .collect(Collectors.toMap(
                                FollowUpEntry::recommendation,
                                entry -> entry.view().heldOn(),
                                (a, b) -> b));
    }

    /** The action as the recommendation proposes it: to its department and contact, due when it is due. */
    private static ActionContent content(Recommendation recommendation, LocalDate today) {
        var text = recommendation.text();
        return new ActionContent(
                excerpt(text, 300),
                text,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                recommendation.addressee() == null ? List.of() : List.of(recommendation.addressee()),
                recommendation.followUpContact(),
                recommendation.due().isBefore(today) ? null : today,
                recommendation.due(),
                null,
                ActionStatus.PLANNED,
                null,
                List.of(),
                List.of(),
                null);
    }

    /** Named by the report and the recommendation's number and words, so that it reads the same in every language. */
    private ActionSource source(ProgrammeReport report, Recommendation recommendation, int number) {
        var text = "«" + excerpt(report.text().title(), 200) + "» " + number + ". " + recommendation.text();
        return new ActionSource(excerpt(text, 500), views.followUpPath(report, number));
    }

    private static String excerpt(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private RecommendationTracking tracking(RecommendationId id) {
        return trackings.findById(id.value()).orElseThrow(() -> new NotFoundException("Recommendation", id.value()));
    }

    private RecommendationTracking managed(RecommendationId id, long version) {
        var tracking = tracking(id);
        access.requireCityManagement(tracking.city());
        if (tracking.version() != version) {
            throw new ObjectOptimisticLockingFailureException(RecommendationTracking.class, id.value());
        }
        return tracking;
    }

    private void requireReader(CityId city) {
        if (!access.canReadCity(city)) {
            throw new AccessDeniedException("Monitoring is for the city's own people");
        }
    }
}
