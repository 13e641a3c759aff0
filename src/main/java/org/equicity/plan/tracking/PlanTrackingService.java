package org.equicity.plan.tracking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.plan.ActionContent;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.Plans.TrackedAction;
import org.equicity.plan.Plans.TrackedPlan;
import org.equicity.plan.support.Texts;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PlanTrackingService implements PlanTracking {

    /** The states in which a plan is implemented, so that progress is reported and updates fall due. */
    static final Set<PlanState> TRACKED = Set.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION);

    private final Plans plans;
    private final ProgressUpdateRepository updates;
    private final MeetingRepository meetings;
    private final Access access;
    private final Cities cities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MyActions myActions;

    PlanTrackingService(
            Plans plans,
            ProgressUpdateRepository updates,
            MeetingRepository meetings,
            Access access,
            Cities cities,
            ApplicationEventPublisher events,
            Clock clock,
            MyActions myActions) {
        this.myActions = myActions;
        this.clock = clock;
        this.plans = plans;
        this.updates = updates;
        this.meetings = meetings;
        this.access = access;
        this.cities = cities;
        this.events = events;
    }

    // Coverage and progress

    @Override
    @Transactional(readOnly = true)
    public Coverage coverage(PlanId id, Locale locale) {
        return PlanFigures.coverage(plans.plan(id), locale);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanProgress progress(PlanId id, Locale locale) {
        return PlanFigures.progress(plans.plan(id), locale);
    }

    // Attention and my actions

    @Override
    @Transactional(readOnly = true)
    public Attention attention(PlanId id, LocalDate today) {
        var view = plans.plan(id);
        requireCityPerson(view.city());
        var plan = plans.tracked(id);
        boolean tracked = TRACKED.contains(plan.state());
        var cadences = cadences(plan);
        var latest = updates.latestByAction(id);
        var departments = departmentNames(view.city());
        var overdue = new ArrayList<AttentionItem>();
        var delayed = new ArrayList<AttentionItem>();
        var pastEnd = new ArrayList<AttentionItem>();
        for (var action : view.actions()) {
            var content = action.content();
            if (content.status().isFinished()) {
                continue;
            }
            var last = latest.get(action.id());
            var due = PlanFigures.due(plan, cadences.get(action.id()), content, last);
            var item = new AttentionItem(
                    action.id(),
                    content.title(),
                    content.responsibleDepartments().stream().map(departments).toList(),
                    content.status(),
                    content.end(),
                    last,
                    due);
            if (tracked && due.isBefore(today)) {
                overdue.add(item);
            }
            if (content.status() == ActionStatus.DELAYED) {
                delayed.add(item);
            }
            if (content.end() != null && content.end().isBefore(today)) {
                pastEnd.add(item);
            }
        }
        overdue.sort(Comparator.comparing(AttentionItem::updateDue));
        pastEnd.sort(Comparator.comparing(AttentionItem::end));
        return new Attention(id, tracked, overdue, delayed, pastEnd);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MyAction> myActions(LocalDate today) {
        return myActions.of(today);
    }

    private static Map<ActionId, Integer> cadences(TrackedPlan plan) {
        return plan.actions().stream().collect(Collectors.toMap(TrackedAction::id, TrackedAction::cadenceMonths));
    }

    private Function<DepartmentId, String> departmentNames(CityId city) {
        var names = cities.departments(city).stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name));
        return department -> names.getOrDefault(department, department.value().toString());
    }

    // One action

    @Override
    @Transactional(readOnly = true)
    public ActionTracking action(PlanId planId, ActionId actionId, LocalDate today, Locale locale) {
        var view = plans.plan(planId);
        var action = view.action(actionId).orElseThrow(() -> new NotFoundException("Action", actionId));
        var plan = plans.tracked(planId, actionId);
        int cadence = plan.actions().get(0).cadenceMonths();
        var history = updates.findByActionIdOrderByReportedOnDescRecordedAtDesc(actionId.value()).stream()
                .map(ProgressUpdate::view)
                .toList();
        var last = history.isEmpty() ? null : history.get(0).report().reportedOn();
        var due = PlanFigures.due(plan, cadence, action.content(), last);
        var discussed = isCityPerson(view.city())
                ? meetingsOf(view, meeting -> meeting.content().actions().contains(actionId))
                : List.<MeetingView>of();
        var content = action.content();
        return new ActionTracking(
                planId,
                view.city(),
                view.details().title(),
                view.state(),
                actionId,
                content.title(),
                view.commitment(action.commitment())
                        .map(commitment -> commitment.title(view.catalogue().commitments(), locale))
                        .orElse(""),
                content.responsibleDepartments().stream()
                        .map(view.catalogue()::departmentName)
                        .toList(),
                content.status(),
                content.progress(),
                cadence,
                last,
                due,
                TRACKED.contains(view.state()) && !content.status().isFinished() && due.isBefore(today),
                TRACKED.contains(view.state()) && mayReport(view.city(), content),
                view.writable() && plan.isOpenForWork(),
                history,
                discussed);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canReport(PlanId planId, ActionId actionId) {
        TrackedPlan plan;
        try {
            plan = plans.tracked(planId, actionId);
        } catch (NotFoundException unknown) {
            return false;
        }
        return TRACKED.contains(plan.state())
                && mayReport(plan.city(), plan.actions().get(0).content());
    }

    private boolean mayReport(CityId city, ActionContent action) {
        return access.canManageCity(city)
                || action.responsibleDepartments().stream()
                        .anyMatch(department -> access.isDepartmentContact(city, department));
    }

    // Writing

    @Override
    public ProgressUpdateId postUpdate(PlanId planId, ActionId actionId, ProgressReport report) {
        var plan = plans.tracked(planId, actionId);
        if (!mayReport(plan.city(), plan.actions().get(0).content())) {
            throw new AccessDeniedException("Progress is reported by the action's departments and the coordinators");
        }
        if (!TRACKED.contains(plan.state())) {
            throw new RuleViolationException("plan.rule.not-tracked");
        }
        if (report.reportedOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new RuleViolationException("plan.rule.future-date", "reportedOn");
        }
        var person = access.current();
        var written = report.writtenIn(languageOf(plan, report.language()));
        var update = updates.save(new ProgressUpdate(
                planId,
                actionId,
                written,
                person.map(CurrentPerson::id).orElse(null),
                person.map(CurrentPerson::displayName).orElse(null),
                clock.instant()));
        archive(plan.city(), written.language(), TrackingTexts.of(update.id(), written));
        var latest = updates.findByActionIdOrderByReportedOnDescRecordedAtDesc(actionId.value())
                .get(0);
        plans.followProgress(planId, actionId, latest.status(), latest.progress());
        return update.id();
    }

    @Override
    public void changeCadence(PlanId planId, ActionId actionId, int months) {
        plans.changeCadence(planId, actionId, months);
    }

    @Override
    public MeetingId recordMeeting(PlanId planId, MeetingContent content) {
        var plan = plans.tracked(planId);
        access.requireCityManagement(plan.city());
        plan.requireOpenForWork();
        var known = plan.actions().stream().map(TrackedAction::id).collect(Collectors.toSet());
        if (!known.containsAll(content.actions())) {
            throw new RuleViolationException("plan.rule.action");
        }
        var person = access.current().map(CurrentPerson::displayName).orElse(null);
        var written = content.writtenIn(languageOf(plan, content.language()));
        var meeting = meetings.save(new Meeting(planId, written, person, clock.instant()));
        archive(plan.city(), written.language(), TrackingTexts.of(meeting.id(), written));
        return meeting.id();
    }

    @Override
    public void changeUpdateLanguage(PlanId planId, ProgressUpdateId updateId, String language) {
        plans.tracked(planId);
        var update = updates.findById(updateId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Progress update", updateId));
        var plan = plans.tracked(planId, update.action());
        if (!mayReport(plan.city(), plan.actions().get(0).content())) {
            throw new AccessDeniedException("Progress is reported by the action's departments and the coordinators");
        }
        var written = languageOf(plan, Texts.language(language));
        update.writtenIn(written);
        archive(
                plan.city(),
                written,
                TrackingTexts.of(update.id(), update.view().report()));
    }

    @Override
    public void changeMeetingLanguage(PlanId planId, MeetingId meetingId, String language) {
        var plan = plans.tracked(planId);
        access.requireCityManagement(plan.city());
        var meeting = meetings.findById(meetingId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        var written = languageOf(plan, Texts.language(language));
        meeting.writtenIn(written);
        archive(plan.city(), written, TrackingTexts.of(meeting.id(), meeting.content()));
    }

    /** Announces the saved texts; the translation module archives them in English in the background. */
    private void archive(CityId city, String language, Map<FieldRef, String> texts) {
        events.publishEvent(TextsSaved.of(city, language, texts));
    }

    @Override
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(PlanId planId) {
        var view = plans.plan(planId);
        requireCityPerson(view.city());
        return meetingsOf(view, meeting -> true);
    }

    private List<MeetingView> meetingsOf(PlanView view, Predicate<Meeting> which) {
        var titles = new HashMap<ActionId, String>();
        view.actions()
                .forEach(action -> titles.put(action.id(), action.content().title()));
        return meetings.findByPlanIdOrderByHeldOnDescRecordedAtDesc(view.id().value()).stream()
                .filter(which)
                .map(meeting -> new MeetingView(
                        meeting.id(),
                        meeting.content(),
                        meeting.content().actions().stream()
                                .map(action -> titles.getOrDefault(
                                        action, action.value().toString()))
                                .toList(),
                        meeting.recordedBy()))
                .toList();
    }

    // Access and history

    private boolean isCityPerson(CityId city) {
        return access.belongsToCity(city) || access.isPlatformAdmin();
    }

    private void requireCityPerson(CityId city) {
        if (!isCityPerson(city)) {
            throw new AccessDeniedException("For the city's people");
        }
    }

    /** What the writer chose, else the plan's language. */
    private static String languageOf(TrackedPlan plan, @Nullable String chosen) {
        return chosen != null ? chosen : plan.language();
    }
}
