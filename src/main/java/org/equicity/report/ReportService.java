package org.equicity.report;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.Level1Profile;
import org.equicity.framework.ItemRef;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;
import org.equicity.translation.TextsSaved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports facade: a report's life from its start through submission to the secretariat's decision, and its
 * versions, here; cycles, prefill, exports and counts in the package-private parts it hands them to.
 */
@Service
@Transactional
class ReportService implements Reports {

    private final CityReportRepository reports;
    private final SubmissionRepository submissions;
    private final AcceptedActionRepository acceptedActions;
    private final ReportLookup lookup;
    private final ReportGrouping grouping;
    private final ReportPrefill prefill;
    private final ReportCycles cycles;
    private final ReportExports exports;
    private final Snapshots snapshots;
    private final ReportCounts counts;
    private final ReportExamples examples;
    private final Access access;
    private final Cities cities;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportService(
            CityReportRepository reports,
            SubmissionRepository submissions,
            AcceptedActionRepository acceptedActions,
            ReportLookup lookup,
            ReportGrouping grouping,
            ReportPrefill prefill,
            ReportCycles cycles,
            ReportExports exports,
            Snapshots snapshots,
            ReportCounts counts,
            ReportExamples examples,
            Access access,
            Cities cities,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reports = reports;
        this.submissions = submissions;
        this.acceptedActions = acceptedActions;
        this.lookup = lookup;
        this.grouping = grouping;
        this.prefill = prefill;
        this.cycles = cycles;
        this.exports = exports;
        this.snapshots = snapshots;
        this.counts = counts;
        this.examples = examples;
        this.access = access;
        this.cities = cities;
        this.events = events;
        this.clock = clock;
    }

    // Cycles

    @Override
    @Transactional(readOnly = true)
    public List<CycleSummary> cyclesOf(NetworkId network) {
        return cycles.cyclesOf(network);
    }

    @Override
    @Transactional(readOnly = true)
    public CycleView cycle(CycleId id) {
        return cycles.cycle(id);
    }

    @Override
    public CycleId openCycle(NewCycle command) {
        return cycles.openCycle(command);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueReport> dueFor(CityId city) {
        return cycles.dueFor(city);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReminderSent> reminders(CycleId cycle) {
        return cycles.reminders(cycle);
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
            level1 = prefill.previousContent(cycle, city)
                    .map(ReportContent::level1)
                    .orElse(level1);
        }
        var candidates = prefill.candidates(cycle, city, List.of());
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
        lookup.requireReportReader(report, cycle);
        var city = lookup.city(report.city());
        var content = report.content();
        var writable = report.status().isEditable() && access.canManageCity(report.city());
        var level1Changes = prefill.previousContent(cycle, report.city())
                .map(previous ->
                        Fields.diff(Fields.of("level1", previous.level1()), Fields.of("level1", content.level1())))
                .orElse(List.of());
        return new ReportView(
                report.id(),
                lookup.summary(cycle),
                city.id(),
                city.slug(),
                city.name(),
                report.status(),
                report.statusChangedAt(),
                report.version(),
                content,
                level1Changes,
                byCommitment(cycle, content),
                grouping.byField(content),
                writable ? prefill.candidates(cycle, report.city(), content.actions()) : List.of(),
                summaries(report),
                writable,
                report.status() == ReportStatus.SUBMITTED && access.canManageNetwork(cycle.network()));
    }

    @Override
    public void update(ReportId id, long version, ReportContent content) {
        var report = reportOf(id);
        access.requireCityManagement(report.city());
        report.revise(version, prefill.settled(report, content));
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
        submissions.save(snapshots.freeze(report, cycle, number, content, now));
        // The translation module archives the submitted texts in English in the background.
        events.publishEvent(TextsSaved.of(report.city(), content.language(), content.translatableFields(id)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<FieldRef, String> submittedTexts(ReportId id) {
        var report = reportOf(id);
        lookup.requireReportReader(report, cycleOf(report.cycle()));
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
            var tags = prefill.planTags(report.city());
            content.actions()
                    .forEach(action -> acceptedActions.save(new AcceptedActionRecord(
                            report,
                            cycle,
                            latest.number(),
                            content.language(),
                            action,
                            action.planAction() == null ? List.of() : tags.getOrDefault(action.planAction(), List.of()),
                            now)));
            events.publishEvent(new ReportAccepted(id, cycle.id(), cycle.network(), report.city()));
        } else {
            events.publishEvent(new ReportReturned(id, cycle.id(), cycle.network(), report.city(), comments));
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<AcceptedActionSummary> acceptedActions(CycleId id) {
        var cycle = cycleOf(id);
        lookup.requireReviewerOrSecretariat(cycle.network());
        var names = new LinkedHashMap<CityId, String>();
        return acceptedActions.findByCycleIdOrderByTitle(id.value()).stream()
                .map(action -> action.summary(names.computeIfAbsent(action.city(), lookup::cityName)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public AcceptedAction acceptedAction(ReportedActionId id) {
        var record = acceptedActions
                .findById(id.value())
                .orElseThrow(() -> new NotFoundException("Accepted action", id.value()));
        if (!access.belongsToCity(record.city())) {
            lookup.requireReviewerOrSecretariat(record.network());
        }
        var cycle = cycleOf(record.cycle());
        var city = lookup.city(record.city());
        var content = submissions
                .findByReportIdAndNumber(record.report().value(), record.versionNumber())
                .orElseThrow(() -> new NotFoundException("Report version", record.versionNumber()))
                .content();
        var action = content.actions().stream()
                .filter(candidate -> candidate.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Accepted action", id.value()));
        return new AcceptedAction(
                record.summary(city.name()), lookup.summary(cycle), city.slug(), record.versionNumber(), action);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportId> acceptedReports() {
        return reports.findByStatus(ReportStatus.ACCEPTED).stream()
                .map(CityReport::id)
                .toList();
    }

    // Versions

    @Override
    @Transactional(readOnly = true)
    public List<VersionSummary> versions(ReportId id) {
        var report = reportOf(id);
        lookup.requireReportReader(report, cycleOf(report.cycle()));
        return summaries(report);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportContent versionContent(ReportId id, int number) {
        return lookup.submission(id, number).content();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FieldChange> compare(ReportId id, int from, int to) {
        return Fields.diff(
                Fields.of("report", lookup.submission(id, from).content()),
                Fields.of("report", lookup.submission(id, to).content()));
    }

    private List<VersionSummary> summaries(CityReport report) {
        return lookup.versionsOf(report.id()).stream().map(Submission::summary).toList();
    }

    // Exports

    @Override
    @Transactional(readOnly = true)
    public ReportExport export(ReportId id) {
        return exports.export(id);
    }

    @Override
    @Transactional(readOnly = true)
    public ReportExport exportVersion(ReportId id, int number) {
        return exports.exportVersion(id, number);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportExport> acceptedReports(CycleId cycle) {
        return exports.acceptedReports(cycle);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicReport publicReport(ReportId id) {
        return exports.publicReport(id);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AcceptedReportLink> acceptedReportsOf(CityId city) {
        return counts.acceptedReportsOf(city);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AcceptedReportLink> acceptedReportsOf(NetworkId network, CycleId cycle) {
        return counts.acceptedReportsOf(network, cycle);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionExample> examples(ItemRef item, CityId forCity, int limit) {
        return examples.accepted(item, forCity, limit);
    }

    // Statistics

    @Override
    @Transactional(readOnly = true)
    public List<ReportingRate> reportingRates(NetworkId network) {
        return counts.reportingRates(network);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ActionCount> acceptedActionCounts(NetworkId network, CycleId cycle, ActionDimension by) {
        return counts.acceptedActionCounts(network, cycle, by);
    }

    private Cycle cycleOf(CycleId id) {
        return lookup.cycleOf(id);
    }

    private CityReport reportOf(ReportId id) {
        return lookup.reportOf(id);
    }

    private List<CommitmentGroup> byCommitment(Cycle cycle, ReportContent content) {
        return grouping.byCommitment(cycle, content);
    }
}
