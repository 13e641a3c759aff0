package org.equicity.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.people.Access;
import org.equicity.people.Access.CurrentPerson;
import org.equicity.people.Role;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.Plans.Subject;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class PlanTrackingService implements PlanTracking {

    private static final Set<PlanState> TRACKED = Set.of(PlanState.ADOPTED, PlanState.IN_IMPLEMENTATION);

    private final Plans plans;
    private final PlanRepository planRepository;
    private final PlanActionRepository actions;
    private final ProgressUpdateRepository updates;
    private final MeetingRepository meetings;
    private final PlanChangeRepository changes;
    private final Access access;
    private final Cities cities;
    private final PlanLanguages languages;
    private final Translations translations;
    private final Clock clock;

    PlanTrackingService(
            Plans plans,
            PlanRepository planRepository,
            PlanActionRepository actions,
            ProgressUpdateRepository updates,
            MeetingRepository meetings,
            PlanChangeRepository changes,
            Access access,
            Cities cities,
            PlanLanguages languages,
            Translations translations,
            Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.planRepository = planRepository;
        this.actions = actions;
        this.updates = updates;
        this.meetings = meetings;
        this.changes = changes;
        this.access = access;
        this.cities = cities;
        this.languages = languages;
        this.translations = translations;
    }

    // Coverage

    @Override
    @Transactional(readOnly = true)
    public Coverage coverage(PlanId id, Locale locale) {
        var view = plans.plan(id);
        var catalogue = view.catalogue();
        var tracks = catalogue.tracks().items().stream()
                .map(track -> new Column(track.code(), track.label().in(locale)))
                .toList();
        var counted = view.actions().stream()
                .filter(action -> action.content().status() != ActionStatus.DISCONTINUED)
                .toList();
        var byCommitment = new ArrayList<RowSource>();
        for (var commitment : view.commitments()) {
            byCommitment.add(new RowSource(
                    commitment.id().value().toString(),
                    commitment.title(catalogue.commitments(), locale),
                    counted.stream()
                            .filter(action -> action.commitment().equals(commitment.id()))
                            .toList()));
        }
        var byField = catalogue.fieldsOfActivity().items().stream()
                .map(field -> new RowSource(
                        field.code(),
                        field.label().in(locale),
                        counted.stream()
                                .filter(action ->
                                        action.content().fieldsOfActivity().contains(field.code()))
                                .toList()))
                .toList();
        var byDepartment = catalogue.departments().stream()
                .map(department -> new RowSource(
                        department.id().value().toString(),
                        department.name(),
                        counted.stream()
                                .filter(action -> action.content()
                                        .responsibleDepartments()
                                        .contains(department.id()))
                                .toList()))
                .toList();
        var chosen = view.commitments().stream()
                .map(commitment -> commitment.content().frameworkCode())
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        var missing = catalogue.commitments().items().stream()
                .filter(item -> !chosen.contains(item.code()))
                .map(item -> item.label().in(locale))
                .toList();
        return new Coverage(
                view.id(),
                counted.size(),
                view.actions().size() - counted.size(),
                tracks,
                matrix(byCommitment, tracks),
                matrix(byField, tracks),
                matrix(byDepartment, tracks),
                missing,
                (int) counted.stream()
                        .filter(action -> action.content().fieldsOfActivity().isEmpty())
                        .count(),
                (int) counted.stream()
                        .filter(action ->
                                action.content().responsibleDepartments().isEmpty())
                        .count());
    }

    private record RowSource(String key, String label, List<ActionView> actions) {}

    private static Matrix matrix(List<RowSource> sources, List<Column> tracks) {
        var codes = tracks.stream().map(Column::code).toList();
        var rows = new ArrayList<Row>();
        var totals = new int[codes.size()];
        int withoutTrackTotal = 0;
        for (var source : sources) {
            var counts = new ArrayList<Integer>();
            var missingTracks = new ArrayList<String>();
            for (int i = 0; i < codes.size(); i++) {
                var code = codes.get(i);
                int count = (int) source.actions().stream()
                        .filter(action -> code.equals(action.content().track()))
                        .count();
                counts.add(count);
                totals[i] += count;
                if (count == 0) {
                    missingTracks.add(tracks.get(i).label());
                }
            }
            int withoutTrack = (int) source.actions().stream()
                    .filter(action -> !codes.contains(action.content().track()))
                    .count();
            withoutTrackTotal += withoutTrack;
            rows.add(new Row(
                    source.key(),
                    source.label(),
                    counts,
                    withoutTrack,
                    source.actions().size(),
                    missingTracks));
        }
        return new Matrix(rows, Arrays.stream(totals).boxed().toList(), withoutTrackTotal);
    }

    // Progress

    @Override
    @Transactional(readOnly = true)
    public PlanProgress progress(PlanId id, Locale locale) {
        var view = plans.plan(id);
        var commitments = view.commitments().stream()
                .map(commitment -> new CommitmentProgress(
                        commitment.id(),
                        commitment.title(view.catalogue().commitments(), locale),
                        Progress.of(commitment.actions())))
                .toList();
        return new PlanProgress(view.id(), Progress.of(view.actions()), commitments);
    }

    // Attention and my actions

    @Override
    @Transactional(readOnly = true)
    public Attention attention(PlanId id, LocalDate today) {
        var view = plans.plan(id);
        requireCityPerson(view.city());
        var plan = planRepository.findById(id.value()).orElseThrow(() -> new NotFoundException("Plan", id));
        boolean tracked = TRACKED.contains(plan.state());
        var entities = entities(id);
        var latest = latestUpdates(id);
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
            var due = due(plan, entities.get(action.id()), content, last);
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
        var me = access.current();
        if (me.isEmpty()) {
            return List.of();
        }
        Map<CityId, Set<String>> mine = me.get().grants().stream()
                .filter(grant -> grant.role() == Role.DEPARTMENT_CONTACT)
                .collect(Collectors.groupingBy(
                        grant -> grant.city(),
                        Collectors.mapping(grant -> grant.department().value().toString(), Collectors.toSet())));
        var result = new ArrayList<MyAction>();
        mine.forEach((cityId, departments) -> cities.find(cityId).ifPresent(city -> {
            for (var plan : planRepository.findByCityIdOrderByStartYearDescCreatedAtDesc(cityId.value())) {
                if (!TRACKED.contains(plan.state())) {
                    continue;
                }
                var latest = latestUpdates(plan.id());
                for (var action : actions.findByPlanIdOrderByPosition(plan.id().value())) {
                    var content = action.content();
                    boolean ours = content.responsibleDepartments().stream()
                            .anyMatch(department ->
                                    departments.contains(department.value().toString()));
                    if (!ours) {
                        continue;
                    }
                    var last = latest.get(action.id());
                    var due = due(plan, action, content, last);
                    result.add(new MyAction(
                            cityId,
                            city.slug(),
                            city.name(),
                            plan.id(),
                            plan.title(),
                            action.id(),
                            content.title(),
                            content.status(),
                            content.progress(),
                            last,
                            due,
                            !content.status().isFinished() && due.isBefore(today)));
                }
            }
        }));
        result.sort(Comparator.comparing((MyAction action) -> action.status().isFinished())
                .thenComparing(MyAction::updateDue));
        return result;
    }

    /**
     * When the next update is due: a cadence after the latest update, or before any update, a cadence after the
     * later of the action's start and the council decision (the first of January of the plan's first year when
     * neither is known).
     */
    private static LocalDate due(Plan plan, PlanAction entity, Plans.ActionContent content, LocalDate last) {
        var from = last;
        if (from == null) {
            var decision = plan.decision() == null ? null : plan.decision().date();
            from = content.start();
            if (from == null || (decision != null && decision.isAfter(from))) {
                from = decision;
            }
            if (from == null) {
                from = LocalDate.of(plan.details().startYear(), 1, 1);
            }
        }
        return from.plusMonths(entity == null ? 6 : entity.updateCadenceMonths());
    }

    private Map<ActionId, PlanAction> entities(PlanId plan) {
        return actions.findByPlanIdOrderByPosition(plan.value()).stream()
                .collect(Collectors.toMap(PlanAction::id, Function.identity()));
    }

    private Map<ActionId, LocalDate> latestUpdates(PlanId plan) {
        var latest = new HashMap<ActionId, LocalDate>();
        for (var update : updates.findByPlanId(plan.value())) {
            latest.merge(update.action(), update.reportedOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return latest;
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
        var plan = planRepository.findById(planId.value()).orElseThrow();
        var entity = actions.findById(actionId.value()).orElseThrow();
        var history = updates.findByActionIdOrderByReportedOnDescRecordedAtDesc(actionId.value()).stream()
                .map(ProgressUpdate::view)
                .toList();
        var last = history.isEmpty() ? null : history.get(0).report().reportedOn();
        var due = due(plan, entity, action.content(), last);
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
                entity.updateCadenceMonths(),
                last,
                due,
                TRACKED.contains(view.state()) && !content.status().isFinished() && due.isBefore(today),
                TRACKED.contains(view.state()) && mayReport(view.city(), content),
                view.writable() && plan.state() != PlanState.CLOSED && plan.state() != PlanState.SUPERSEDED,
                history,
                discussed);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canReport(PlanId planId, ActionId actionId) {
        var plan = planRepository.findById(planId.value()).orElse(null);
        var action = actions.findById(actionId.value()).orElse(null);
        return plan != null
                && action != null
                && action.plan().equals(planId)
                && TRACKED.contains(plan.state())
                && mayReport(plan.city(), action.content());
    }

    private boolean mayReport(CityId city, Plans.ActionContent action) {
        return access.canManageCity(city)
                || action.responsibleDepartments().stream()
                        .anyMatch(department -> access.isDepartmentContact(city, department));
    }

    // Writing

    @Override
    public ProgressUpdateId postUpdate(PlanId planId, ActionId actionId, ProgressReport report) {
        var plan = planRepository.findById(planId.value()).orElseThrow(() -> new NotFoundException("Plan", planId));
        var action = actions.findById(actionId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Action", actionId));
        if (!mayReport(plan.city(), action.content())) {
            throw new AccessDeniedException("Progress is reported by the action's departments and the coordinators");
        }
        if (!TRACKED.contains(plan.state())) {
            throw new RuleViolationException("plan.rule.not-tracked");
        }
        if (report.reportedOn().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new RuleViolationException("plan.rule.future-date", "reportedOn");
        }
        var person = access.current();
        var written = report.writtenIn(languages.of(plan, report.language()));
        var update = updates.save(new ProgressUpdate(
                planId,
                actionId,
                written,
                person.map(CurrentPerson::id).orElse(null),
                person.map(CurrentPerson::displayName).orElse(null),
                clock.instant()));
        archive(plan.city(), written.language(), PlanTexts.of(update.id(), written));
        var latest = updates.findByActionIdOrderByReportedOnDescRecordedAtDesc(actionId.value())
                .get(0);
        var before = action.content();
        action.follow(latest.status(), latest.progress());
        var fields = new ArrayList<FieldChange>();
        if (before.status() != latest.status()) {
            fields.add(new FieldChange(
                    "status", before.status().name(), latest.status().name()));
        }
        if (!Objects.equals(before.progress(), latest.progress())) {
            fields.add(new FieldChange(
                    "progress",
                    before.progress() == null ? null : before.progress().toString(),
                    String.valueOf(latest.progress())));
        }
        record(planId, action, fields);
        return update.id();
    }

    @Override
    public void changeCadence(PlanId planId, ActionId actionId, int months) {
        var plan = planRepository.findById(planId.value()).orElseThrow(() -> new NotFoundException("Plan", planId));
        access.requireCityManagement(plan.city());
        plan.requireOpenForWork();
        var action = actions.findById(actionId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Action", actionId));
        int before = action.updateCadenceMonths();
        action.changeCadence(months);
        if (before != months) {
            record(
                    planId,
                    action,
                    List.of(new FieldChange("updateCadence", String.valueOf(before), String.valueOf(months))));
        }
    }

    @Override
    public MeetingId recordMeeting(PlanId planId, MeetingContent content) {
        var plan = planRepository.findById(planId.value()).orElseThrow(() -> new NotFoundException("Plan", planId));
        access.requireCityManagement(plan.city());
        plan.requireOpenForWork();
        var known = actions.findByPlanIdOrderByPosition(planId.value()).stream()
                .map(PlanAction::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(content.actions())) {
            throw new RuleViolationException("plan.rule.action");
        }
        var person = access.current().map(CurrentPerson::displayName).orElse(null);
        var written = content.writtenIn(languages.of(plan, content.language()));
        var meeting = meetings.save(new Meeting(planId, written, person, clock.instant()));
        archive(plan.city(), written.language(), PlanTexts.of(meeting.id(), written));
        return meeting.id();
    }

    @Override
    public void changeUpdateLanguage(PlanId planId, ProgressUpdateId updateId, String language) {
        var plan = planRepository.findById(planId.value()).orElseThrow(() -> new NotFoundException("Plan", planId));
        var update = updates.findById(updateId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Progress update", updateId));
        var action = actions.findById(update.action().value()).orElseThrow();
        if (!mayReport(plan.city(), action.content())) {
            throw new AccessDeniedException("Progress is reported by the action's departments and the coordinators");
        }
        var written = languages.of(plan, Texts.language(language));
        update.writtenIn(written);
        archive(plan.city(), written, PlanTexts.of(update.id(), update.view().report()));
    }

    @Override
    public void changeMeetingLanguage(PlanId planId, MeetingId meetingId, String language) {
        var plan = planRepository.findById(planId.value()).orElseThrow(() -> new NotFoundException("Plan", planId));
        access.requireCityManagement(plan.city());
        var meeting = meetings.findById(meetingId.value())
                .filter(found -> found.plan().equals(planId))
                .orElseThrow(() -> new NotFoundException("Meeting", meetingId));
        var written = languages.of(plan, Texts.language(language));
        meeting.writtenIn(written);
        archive(plan.city(), written, PlanTexts.of(meeting.id(), meeting.content()));
    }

    /** Reports the saved texts to the translation module, which archives them in English in the background. */
    private void archive(CityId city, String language, Map<FieldRef, String> texts) {
        translations.textsSaved(city, language, texts);
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

    private void record(PlanId plan, PlanAction action, List<FieldChange> fields) {
        if (fields.isEmpty()) {
            return;
        }
        var person = access.current();
        changes.save(new PlanChange(
                plan,
                Subject.ACTION,
                action.id().value(),
                action.title(),
                ChangeKind.UPDATED,
                person.map(CurrentPerson::id).orElse(null),
                person.map(CurrentPerson::displayName).orElse(null),
                fields,
                clock.instant()));
    }
}
