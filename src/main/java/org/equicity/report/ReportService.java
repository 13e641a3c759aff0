package org.equicity.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.framework.Framework;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.plan.ActionId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.ActionView;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.Translations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class ReportService implements Reports {

    static final FrameworkRef DEFAULT_COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");
    static final FrameworkRef FIELDS_OF_ACTIVITY = FrameworkRef.parse("eccar-fields-of-activity@2023");

    private final CycleRepository cycles;
    private final CityReportRepository reports;
    private final SubmissionRepository submissions;
    private final AcceptedActionRepository acceptedActions;
    private final ReminderRepository reminders;
    private final Access access;
    private final Networks networks;
    private final Cities cities;
    private final Plans plans;
    private final Frameworks frameworks;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            CycleRepository cycles,
            CityReportRepository reports,
            SubmissionRepository submissions,
            AcceptedActionRepository acceptedActions,
            ReminderRepository reminders,
            Access access,
            Networks networks,
            Cities cities,
            Plans plans,
            Frameworks frameworks,
            Translations translations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.cycles = cycles;
        this.reports = reports;
        this.submissions = submissions;
        this.acceptedActions = acceptedActions;
        this.reminders = reminders;
        this.access = access;
        this.networks = networks;
        this.cities = cities;
        this.plans = plans;
        this.frameworks = frameworks;
        this.translations = translations;
        this.events = events;
    }

    // Cycles

    @Override
    @Transactional(readOnly = true)
    public List<CycleSummary> cyclesOf(NetworkId network) {
        access.requireNetworkManagement(network);
        var name = networkName(network);
        return cycles.findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(network.value()).stream()
                .map(cycle -> summary(cycle, name))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CycleView cycle(CycleId id) {
        var cycle = cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        var network = networks.find(cycle.network()).orElseThrow(() -> new NotFoundException("Network", id));
        var byCity = reports.findByCycleId(id.value()).stream()
                .collect(Collectors.toMap(CityReport::city, Function.identity()));
        var participants = cycle.participants().stream()
                .flatMap(city -> cities.find(city).stream())
                .sorted(Comparator.comparing(Cities.CitySummary::name))
                .map(city -> {
                    // a draft is the city's alone: to the secretariat the city has not started its report yet
                    var report = Optional.ofNullable(byCity.get(city.id()))
                            .filter(found -> found.status() != ReportStatus.DRAFT || access.canManageCity(city.id()));
                    return new Participant(
                            city.id(),
                            city.slug(),
                            city.name(),
                            report.map(CityReport::id).orElse(null),
                            report.map(CityReport::status).orElse(null));
                })
                .toList();
        return new CycleView(
                summary(cycle, network.name()), network.slug(), cycle.framework(), cycle.criteria(), participants);
    }

    @Override
    public CycleId openCycle(NewCycle command) {
        access.requireNetworkManagement(command.network());
        var network =
                networks.find(command.network()).orElseThrow(() -> new NotFoundException("Network", command.network()));
        var members = networks.members(network.id()).stream()
                .filter(Networks.Member::isCurrent)
                .map(Networks.Member::city)
                .toList();
        var participants = command.cities().isEmpty() ? members : command.cities();
        if (new HashSet<>(participants).size() < participants.size()) {
            throw new RuleViolationException("report.rule.id-twice", "cities");
        }
        if (participants.isEmpty()) {
            throw new RuleViolationException("report.rule.no-participants");
        }
        participants.stream()
                .filter(city -> !members.contains(city))
                .findFirst()
                .ifPresent(city -> {
                    throw new RuleViolationException("report.rule.not-member", city.value());
                });
        var framework = command.framework() != null
                ? command.framework()
                : network.frameworks().stream()
                        .map(Networks.FrameworkUse::ref)
                        .filter(ref -> ref.id().endsWith("commitments"))
                        .findFirst()
                        .orElse(DEFAULT_COMMITMENTS);
        var criteria = command.criteria() != null ? command.criteria() : DEFAULT_CRITERIA;
        for (var ref : List.of(framework, criteria)) {
            if (frameworks.find(ref).isEmpty()) {
                throw new RuleViolationException("report.rule.framework", ref.toString());
            }
        }
        return cycles.save(new Cycle(command, participants, framework, criteria, clock.instant()))
                .id();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReport> dueFor(CityId city) {
        requireCityReader(city);
        var byCycle = reports.findByCityId(city.value()).stream()
                .collect(Collectors.toMap(CityReport::cycle, Function.identity()));
        var today = LocalDate.now(clock);
        var names = new LinkedHashMap<NetworkId, String>();
        return cycles.findByParticipant(city.value()).stream()
                .map(cycle -> {
                    var report = Optional.ofNullable(byCycle.get(cycle.id()));
                    var status = report.map(CityReport::status).orElse(null);
                    var overdue = today.isAfter(cycle.deadline()) && (status == null || status.isEditable());
                    return new DueReport(
                            summary(cycle, names.computeIfAbsent(cycle.network(), this::networkName)),
                            report.map(CityReport::id).orElse(null),
                            status,
                            report.map(CityReport::statusChangedAt).orElse(null),
                            overdue);
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canWrite(CityId city) {
        return access.canManageCity(city);
    }

    // Reports

    @Override
    public ReportId startReport(CycleId cycleId, CityId city) {
        access.requireCityManagement(city);
        var cycle = cycleOf(cycleId);
        if (!cycle.includes(city)) {
            throw new RuleViolationException("report.rule.not-participant");
        }
        if (reports.findByCycleIdAndCityId(cycleId.value(), city.value()).isPresent()) {
            throw new RuleViolationException("report.rule.already-started");
        }
        var profile = cities.profileForEditing(city);
        var level1 = profile.profile();
        if (level1.equals(Level1Profile.empty())) {
            level1 = previousContent(cycle, city).map(ReportContent::level1).orElse(level1);
        }
        var candidates = candidates(cycle, city, List.of());
        var content = ActionIds.settle(
                new ReportContent(profile.city().mainLanguage(), level1, candidates, List.of()),
                Set.of(),
                candidates.stream().map(ReportedAction::planAction).collect(Collectors.toSet()),
                Set::of);
        return reports.save(new CityReport(cycleId, city, content, clock.instant()))
                .id();
    }

    @Override
    @Transactional(readOnly = true)
    public ReportView report(ReportId id) {
        var report = reportOf(id);
        var cycle = cycleOf(report.cycle());
        requireReportReader(report, cycle);
        var city = cities.find(report.city()).orElseThrow(() -> new NotFoundException("City", report.city()));
        var content = report.content();
        var writable = report.status().isEditable() && access.canManageCity(report.city());
        var level1Changes = previousContent(cycle, report.city())
                .map(previous ->
                        Fields.diff(Fields.of("level1", previous.level1()), Fields.of("level1", content.level1())))
                .orElse(List.of());
        return new ReportView(
                report.id(),
                summary(cycle, networkName(cycle.network())),
                city.id(),
                city.slug(),
                city.name(),
                report.status(),
                report.statusChangedAt(),
                report.version(),
                content,
                level1Changes,
                byCommitment(cycle, content),
                byField(content),
                writable ? candidates(cycle, report.city(), content.actions()) : List.of(),
                summaries(report),
                writable,
                report.status() == ReportStatus.SUBMITTED && access.canManageNetwork(cycle.network()));
    }

    @Override
    public void update(ReportId id, long version, ReportContent content) {
        var report = reportOf(id);
        access.requireCityManagement(report.city());
        report.revise(version, settled(report, content));
    }

    /** The content with its ids checked against what this report holds, and new actions given theirs. */
    private ReportContent settled(CityReport report, ReportContent content) {
        var held = new ArrayList<>(report.content().actions());
        submissions
                .findByReportIdOrderByNumber(report.id().value())
                .forEach(version -> held.addAll(version.content().actions()));
        return ActionIds.settle(
                content,
                held.stream().map(ReportedAction::id).collect(Collectors.toSet()),
                held.stream()
                        .map(ReportedAction::planAction)
                        .filter(Objects::nonNull)
                        .collect(Collectors.toSet()),
                () -> publishedPlans(report.city()).stream()
                        .flatMap(plan -> plan.commitments().stream())
                        .flatMap(commitment -> commitment.actions().stream())
                        .map(ActionView::id)
                        .collect(Collectors.toSet()));
    }

    @Override
    public void submit(ReportId id, long version) {
        var report = reportOf(id);
        access.requireCityManagement(report.city());
        var cycle = cycleOf(report.cycle());
        var content = report.content();
        var missing = byCommitment(cycle, content).stream()
                .filter(CommitmentGroup::isMissingExplanation)
                .map(CommitmentGroup::code)
                .toList();
        if (!missing.isEmpty()) {
            throw new RuleViolationException("report.rule.incomplete", String.join(", ", missing));
        }
        var now = clock.instant();
        report.submit(version, now);
        var number = submissions.findByReportIdOrderByNumber(id.value()).size() + 1;
        submissions.save(new Submission(id, number, content, now));
        // The translation module archives the submitted texts in English in the background.
        translations.textsSaved(report.city(), content.language(), content.translatableFields(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<FieldRef, String> submittedTexts(ReportId id) {
        var report = reportOf(id);
        requireReportReader(report, cycleOf(report.cycle()));
        var versions = submissions.findByReportIdOrderByNumber(id.value());
        return versions.isEmpty()
                ? Map.of()
                : versions.get(versions.size() - 1).content().translatableFields(id);
    }

    @Override
    public void accept(ReportId id) {
        decide(id, ReportStatus.ACCEPTED, null);
    }

    @Override
    public void returnForRevision(ReportId id, String comments) {
        decide(id, ReportStatus.RETURNED, Texts.RULES.required(comments, 10_000, "comments"));
    }

    private void decide(ReportId id, ReportStatus decision, String comments) {
        var report = reportOf(id);
        var cycle = cycleOf(report.cycle());
        access.requireNetworkManagement(cycle.network());
        var now = clock.instant();
        if (decision == ReportStatus.ACCEPTED) {
            report.accept(now);
        } else {
            report.returnForRevision(now);
        }
        var versions = submissions.findByReportIdOrderByNumber(id.value());
        var latest = versions.get(versions.size() - 1);
        latest.decide(decision, comments, now);
        if (decision == ReportStatus.ACCEPTED) {
            var content = latest.content();
            content.actions()
                    .forEach(action -> acceptedActions.save(
                            new AcceptedActionRecord(report, cycle, latest.number(), content.language(), action, now)));
            events.publishEvent(new ReportAccepted(id, cycle.id(), cycle.network(), report.city()));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AcceptedActionSummary> acceptedActions(CycleId id) {
        var cycle = cycleOf(id);
        requireReviewerOrSecretariat(cycle.network());
        var names = new LinkedHashMap<CityId, String>();
        return acceptedActions.findByCycleIdOrderByTitle(id.value()).stream()
                .map(action -> action.summary(names.computeIfAbsent(action.city(), this::cityName)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AcceptedAction acceptedAction(ReportedActionId id) {
        var record = acceptedActions
                .findById(id.value())
                .orElseThrow(() -> new NotFoundException("Accepted action", id.value()));
        if (!access.belongsToCity(record.city())) {
            requireReviewerOrSecretariat(record.network());
        }
        var cycle = cycleOf(record.cycle());
        var city = cities.find(record.city()).orElseThrow(() -> new NotFoundException("City", record.city()));
        var content = submissions
                .findByReportIdAndNumber(record.report().value(), record.versionNumber())
                .orElseThrow(() -> new NotFoundException("Report version", record.versionNumber()))
                .content();
        var action = content.actions().stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Accepted action", id.value()));
        return new AcceptedAction(
                record.summary(city.name()),
                summary(cycle, networkName(cycle.network())),
                city.slug(),
                record.versionNumber(),
                action);
    }

    // Exports

    @Override
    @Transactional(readOnly = true)
    public ReportExport export(ReportId id) {
        var report = reportOf(id);
        var cycle = cycleOf(report.cycle());
        requireReportReader(report, cycle);
        var versions = submissions.findByReportIdOrderByNumber(id.value());
        if (report.status().isEditable() || versions.isEmpty()) {
            return export(report, cycle, null, report.status(), null, report.content());
        }
        var latest = versions.get(versions.size() - 1);
        return export(report, cycle, latest.number(), report.status(), latest.summary(), latest.content());
    }

    @Override
    @Transactional(readOnly = true)
    public ReportExport exportVersion(ReportId id, int number) {
        var report = reportOf(id);
        var submission = submission(id, number);
        var summary = submission.summary();
        return export(
                report,
                cycleOf(report.cycle()),
                number,
                summary.outcome() == null ? ReportStatus.SUBMITTED : summary.outcome(),
                summary,
                submission.content());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportExport> acceptedReports(CycleId id) {
        var cycle = cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        var result = new ArrayList<ReportExport>();
        for (var report : reports.findByCycleId(id.value())) {
            if (report.status() != ReportStatus.ACCEPTED) {
                continue;
            }
            submissions.findByReportIdOrderByNumber(report.id().value()).stream()
                    .filter(version -> version.summary().outcome() == ReportStatus.ACCEPTED)
                    .reduce((first, second) -> second)
                    .ifPresent(accepted -> result.add(export(
                            report,
                            cycle,
                            accepted.number(),
                            ReportStatus.ACCEPTED,
                            accepted.summary(),
                            accepted.content())));
        }
        result.sort(Comparator.comparing(ReportExport::cityName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    private ReportExport export(
            CityReport report,
            Cycle cycle,
            Integer number,
            ReportStatus status,
            VersionSummary version,
            ReportContent content) {
        var city = cities.find(report.city()).orElseThrow(() -> new NotFoundException("City", report.city()));
        return new ReportExport(
                report.id(),
                summary(cycle, networkName(cycle.network())),
                cycle.framework(),
                city.id(),
                city.slug(),
                city.name(),
                number,
                status,
                version == null ? null : version.submittedAt(),
                version == null ? null : version.decidedAt(),
                content,
                byCommitment(cycle, content));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReminderSent> reminders(CycleId id) {
        var cycle = cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        var names = new LinkedHashMap<CityId, String>();
        return reminders.findByCycleIdOrderBySentAtDesc(id.value()).stream()
                .map(reminder -> reminder.view(names.computeIfAbsent(reminder.city(), this::cityName)))
                .toList();
    }

    private void requireReviewerOrSecretariat(NetworkId network) {
        if (!access.isReviewer(network)) {
            access.requireNetworkManagement(network);
        }
    }

    private String cityName(CityId city) {
        return cities.find(city).map(Cities.CitySummary::name).orElse("");
    }

    @Override
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(ReportId id) {
        var report = reportOf(id);
        requireReportReader(report, cycleOf(report.cycle()));
        return summaries(report);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportContent versionContent(ReportId id, int number) {
        return submission(id, number).content();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldChange> compare(ReportId id, int from, int to) {
        return Fields.diff(
                Fields.of("report", submission(id, from).content()),
                Fields.of("report", submission(id, to).content()));
    }

    private Submission submission(ReportId id, int number) {
        var report = reportOf(id);
        requireReportReader(report, cycleOf(report.cycle()));
        return submissions
                .findByReportIdAndNumber(id.value(), number)
                .orElseThrow(() -> new NotFoundException("Report version", number));
    }

    private List<VersionSummary> summaries(CityReport report) {
        return submissions.findByReportIdOrderByNumber(report.id().value()).stream()
                .map(Submission::summary)
                .toList();
    }

    // Helpers

    /**
     * The actions of the city's published plans that ran during the cycle's period, as a report states them (without
     * an id: they are not in the report yet), leaving out those already in the report.
     */
    private List<ReportedAction> candidates(Cycle cycle, CityId city, List<ReportedAction> reported) {
        var taken = new HashSet<ActionId>();
        reported.stream()
                .map(ReportedAction::planAction)
                .filter(Objects::nonNull)
                .forEach(taken::add);
        var found = new ArrayList<ReportedAction>();
        for (var plan : publishedPlans(city)) {
            for (var commitment : plan.commitments()) {
                for (var action : commitment.actions()) {
                    var content = action.content();
                    if (!taken.contains(action.id()) && cycle.overlaps(content.start(), content.end())) {
                        taken.add(action.id());
                        found.add(reported(plan, commitment.content().frameworkCode(), action));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The city's plans from their adoption on: a draft or a plan in consultation is not yet public, and what a report
     * takes from a plan is read by the network's secretariat and, once accepted, by everyone.
     */
    private List<PlanView> publishedPlans(CityId city) {
        return plans.ofCity(city).stream()
                .filter(summary -> summary.state().isPublic())
                .map(summary -> plans.plan(summary.id()))
                .toList();
    }

    private static ReportedAction reported(PlanView plan, String commitment, ActionView action) {
        var content = action.content();
        var duration = (content.start() == null ? "" : content.start().toString())
                + " – "
                + (content.end() == null ? "" : content.end().toString());
        var departments = content.responsibleDepartments().stream()
                .map(department -> plan.catalogue().departmentName(department))
                .collect(Collectors.joining(", "));
        return new ReportedAction(
                null,
                action.id(),
                content.title(),
                content.description(),
                null,
                duration,
                null,
                departments,
                commitment,
                content.fieldsOfActivity(),
                content.track(),
                content.status(),
                content.progress(),
                List.of());
    }

    private List<CommitmentGroup> byCommitment(Cycle cycle, ReportContent content) {
        var explanations = content.explanations().stream()
                .collect(Collectors.toMap(Explanation::commitment, Explanation::text, (a, b) -> a));
        var groups = new LinkedHashMap<String, CommitmentGroup>();
        frameworks.find(cycle.framework()).stream()
                .flatMap(framework -> framework.items().stream())
                .forEach(item -> groups.put(
                        item.code(),
                        new CommitmentGroup(
                                item.code(),
                                item.label(),
                                actionsWith(content, action -> item.code().equals(action.commitment())),
                                explanations.get(item.code()))));
        var others = content.actions().stream()
                .filter(action -> action.commitment() == null || !groups.containsKey(action.commitment()))
                .collect(Collectors.groupingBy(
                        action -> Optional.ofNullable(action.commitment()), LinkedHashMap::new, Collectors.toList()));
        var result = new ArrayList<>(groups.values());
        others.forEach((code, actions) -> result.add(new CommitmentGroup(
                code.orElse(null), code.map(c -> LocalizedText.of("en", c)).orElse(null), actions, null)));
        return result;
    }

    private List<FieldGroup> byField(ReportContent content) {
        var labels = frameworks.find(FIELDS_OF_ACTIVITY).map(Framework::items).orElse(List.of()).stream()
                .collect(Collectors.toMap(item -> item.code(), item -> item.label(), (a, b) -> a, LinkedHashMap::new));
        var groups = new ArrayList<FieldGroup>();
        labels.forEach((code, label) -> {
            var actions =
                    actionsWith(content, action -> action.fieldsOfActivity().contains(code));
            if (!actions.isEmpty()) {
                groups.add(new FieldGroup(code, label, actions));
            }
        });
        var rest = actionsWith(
                content, action -> action.fieldsOfActivity().stream().noneMatch(labels::containsKey));
        if (!rest.isEmpty()) {
            groups.add(new FieldGroup(null, null, rest));
        }
        return groups;
    }

    private static List<ReportedAction> actionsWith(
            ReportContent content, java.util.function.Predicate<ReportedAction> test) {
        return content.actions().stream().filter(test).toList();
    }

    /** What the city reported to the same network the last time: its latest submission, else its draft. */
    private Optional<ReportContent> previousContent(Cycle cycle, CityId city) {
        var earlier = cycles
                .findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(
                        cycle.network().value())
                .stream()
                .filter(other ->
                        !other.id().equals(cycle.id()) && other.periodFrom().isBefore(cycle.periodFrom()))
                .toList();
        for (var other : earlier) {
            var report = reports.findByCycleIdAndCityId(other.id().value(), city.value());
            if (report.isPresent()) {
                var versions = submissions.findByReportIdOrderByNumber(
                        report.get().id().value());
                return Optional.of(
                        versions.isEmpty()
                                ? report.get().content()
                                : versions.get(versions.size() - 1).content());
            }
        }
        return Optional.empty();
    }

    private void requireCityReader(CityId city) {
        if (!access.belongsToCity(city) && !access.canManageCity(city)) {
            throw new AccessDeniedException("Reports are for the city's people");
        }
    }

    /** A draft is the city's alone; the secretariat reads a report from its first submission on. */
    private void requireReportReader(CityReport report, Cycle cycle) {
        if (access.belongsToCity(report.city()) || access.canManageCity(report.city())) {
            return;
        }
        if (!access.canManageNetwork(cycle.network())) {
            throw new AccessDeniedException("A report is for its city and its network's secretariat");
        }
        if (report.status() == ReportStatus.DRAFT) {
            throw new NotFoundException("Report", report.id().value());
        }
    }

    private Cycle cycleOf(CycleId id) {
        return cycles.findById(id.value()).orElseThrow(() -> new NotFoundException("Cycle", id.value()));
    }

    private CityReport reportOf(ReportId id) {
        return reports.findById(id.value()).orElseThrow(() -> new NotFoundException("Report", id.value()));
    }

    private String networkName(NetworkId network) {
        return networks.find(network).map(Networks.NetworkDetails::name).orElse("");
    }

    private static CycleSummary summary(Cycle cycle, String networkName) {
        return new CycleSummary(
                cycle.id(),
                cycle.network(),
                networkName,
                cycle.name(),
                cycle.periodFrom(),
                cycle.periodTo(),
                cycle.deadline());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportId> acceptedReports() {
        return reports.findByStatus(ReportStatus.ACCEPTED).stream()
                .map(CityReport::id)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public PublicReport publicReport(ReportId id) {
        var report = reports.findById(id.value())
                .filter(candidate -> candidate.status() == ReportStatus.ACCEPTED)
                .orElseThrow(() -> new NotFoundException("Report", id.value()));
        var cycle = cycleOf(report.cycle());
        var city = cities.find(report.city()).orElseThrow(() -> new NotFoundException("City", report.city()));
        var versions = submissions.findByReportIdOrderByNumber(id.value());
        var accepted = versions.get(versions.size() - 1);
        var content = accepted.content();
        return new PublicReport(
                id,
                summary(cycle, networkName(cycle.network())),
                cycle.framework(),
                city.id(),
                city.slug(),
                city.name(),
                accepted.number(),
                accepted.summary().decidedAt(),
                content,
                byCommitment(cycle, content));
    }

    // Statistics

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public List<ReportingRate> reportingRates(NetworkId network) {
        var found = cycles.findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(network.value());
        if (found.isEmpty()) {
            return List.of();
        }
        var byStatus = new HashMap<UUID, Map<ReportStatus, Long>>();
        entityManager
                .createQuery(
                        "select r.cycleId, r.status, count(r) from CityReport r where r.cycleId in :cycles"
                                + " group by r.cycleId, r.status",
                        Object[].class)
                .setParameter(
                        "cycles",
                        found.stream().map(cycle -> cycle.id().value()).toList())
                .getResultList()
                .forEach(row -> byStatus.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(ReportStatus.class))
                        .put((ReportStatus) row[1], (Long) row[2]));
        var rates = new ArrayList<ReportingRate>();
        for (int i = found.size() - 1; i >= 0; i--) {
            var cycle = found.get(i);
            var counts = byStatus.getOrDefault(cycle.id().value(), Map.of());
            var accepted = counts.getOrDefault(ReportStatus.ACCEPTED, 0L);
            var submitted = accepted
                    + counts.getOrDefault(ReportStatus.SUBMITTED, 0L)
                    + counts.getOrDefault(ReportStatus.RETURNED, 0L);
            rates.add(new ReportingRate(
                    cycle.id(),
                    cycle.name(),
                    cycle.periodFrom(),
                    cycle.periodTo(),
                    cycle.framework(),
                    cycle.participants().size(),
                    (int) submitted,
                    accepted.intValue()));
        }
        return rates;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionCount> acceptedActionCounts(NetworkId network, CycleId cycle, ActionDimension by) {
        var code = switch (by) {
            case COMMITMENT -> "a.commitment";
            case TRACK -> "a.track";
            case FIELD_OF_ACTIVITY -> "f";
        };
        var from = by == ActionDimension.FIELD_OF_ACTIVITY
                ? " from AcceptedActionRecord a left join a.fields f"
                : " from AcceptedActionRecord a";
        var query = entityManager.createQuery(
                "select a.cycleId, a.cityId, " + code + ", count(a)" + from + " where a.networkId = :network"
                        + (cycle == null ? "" : " and a.cycleId = :cycle")
                        + " group by a.cycleId, a.cityId, " + code,
                Object[].class);
        query.setParameter("network", network.value());
        if (cycle != null) {
            query.setParameter("cycle", cycle.value());
        }
        return query.getResultList().stream()
                .map(row -> new ActionCount(
                        new CycleId((UUID) row[0]), new CityId((UUID) row[1]), (String) row[2], (Long) row[3]))
                .toList();
    }
}
