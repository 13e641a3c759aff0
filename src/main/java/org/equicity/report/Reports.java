package org.equicity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.ItemRef;
import org.equicity.shared.CityId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NetworkId;
import org.equicity.shared.RuleViolationException;
import org.equicity.translation.FieldRef;

/**
 * Network reporting. A network's secretariat opens cycles and accepts or returns the reports; a city's coordinators
 * write and submit the city's report. Every rule is checked here through {@code Access}, so pages and API are
 * covered alike; a report is read only by its city's people and the network's secretariat. Updates take the
 * version the editor started from and throw {@link org.springframework.orm.ObjectOptimisticLockingFailureException}
 * when someone saved since.
 */
public interface Reports {

    FrameworkRef DEFAULT_CRITERIA = FrameworkRef.parse("ici-good-practice-criteria@2019");

    /** The owner type under which the translation module keeps the texts of submitted actions. */
    String TRANSLATION_OWNER = "report-action";

    /** The owner type under which the translation module keeps a submitted report's Level 1 texts, by its id. */
    String LEVEL1_TRANSLATION_OWNER = "report";

    /**
     * The owner type under which the translation module keeps a submitted explanation; its owner id is derived from
     * the report's id and the commitment's code, which may be longer than, or spelt unlike, a field name.
     */
    String EXPLANATION_TRANSLATION_OWNER = "report-explanation";

    /** The network's cycles, the newest period first; for its secretariat. */
    List<CycleSummary> cyclesOf(NetworkId network);

    CycleView cycle(CycleId id);

    CycleId openCycle(NewCycle command);

    /** The cycles the city takes part in, each with its report if one was started; for the city's people. */
    List<DueReport> dueFor(CityId city);

    /** Whether the reader may write the city's reports (so pages offer the forms). */
    boolean canWrite(CityId city);

    /**
     * Starts the city's report for a cycle: Level 1 is copied from the city's profile, Level 2 from the actions of
     * the city's published plans (adopted, in implementation, closed or superseded) whose dates overlap the period;
     * a draft or a plan in consultation is not the network's to read, so none of its texts enter a report.
     */
    ReportId startReport(CycleId cycle, CityId city);

    /**
     * The report, for the city's people; for the network's secretariat once it has been submitted (a draft is the
     * city's alone, and to the secretariat it does not exist).
     */
    ReportView report(ReportId id);

    /**
     * Replaces the draft's content. An action's {@code id} must be one of this report's actions (or null for a new
     * one), each at most once, and its {@code planAction} an action of one of the city's published plans, each
     * at most once; otherwise a rule is broken whose first argument names the field, such as
     * {@code actions[2].id}.
     */
    void update(ReportId id, long version, ReportContent content);

    /** Freezes the content as a new version; refused while a commitment has neither an action nor an explanation. */
    void submit(ReportId id, long version);

    void accept(ReportId id);

    void returnForRevision(ReportId id, String comments);

    /**
     * The translatable texts of the report's latest submitted version (none before the first submission): only these
     * were sent for translation, so a text changed since, or of an earlier version, is to be read as written. For
     * whoever may read the report.
     */
    Map<FieldRef, String> submittedTexts(ReportId id);

    /** Every submitted version with what the secretariat decided, the first first. */
    List<VersionSummary> versions(ReportId id);

    ReportContent versionContent(ReportId id, int number);

    /** The fields that differ between two submitted versions. */
    List<FieldChange> compare(ReportId id, int from, int to);

    /** The actions of the cycle's accepted reports, by title; for the network's secretariat and reviewers. */
    List<AcceptedActionSummary> acceptedActions(CycleId cycle);

    /**
     * An action as the accepted report of its city states it; for the network's secretariat and reviewers and the
     * city's people.
     */
    AcceptedAction acceptedAction(ReportedActionId id);

    /** The report as it stands now, whole, for print and export; for whoever may read the report. */
    ReportExport export(ReportId id);

    /** A submitted version as frozen at submission, whole, for print and export; for whoever may read the report. */
    ReportExport exportVersion(ReportId id, int number);

    /**
     * The cycle's accepted reports, each as the version the secretariat accepted states it, by city name; never a
     * draft. For the network's secretariat.
     */
    List<ReportExport> acceptedReports(CycleId cycle);

    /** The deadline reminders mailed to the participating cities, the latest first; for the network's secretariat. */
    List<ReminderSent> reminders(CycleId cycle);

    /**
     * @param cities the participating cities; empty for all current members of the network
     * @param framework the commitments framework; null for the one the network uses
     * @param criteria what reviewers rate; null for {@link #DEFAULT_CRITERIA}
     */
    record NewCycle(
            NetworkId network,
            String name,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate deadline,
            List<CityId> cities,
            FrameworkRef framework,
            FrameworkRef criteria) {

        public NewCycle {
            Objects.requireNonNull(network, "network");
            name = Texts.RULES.required(name, 200, "name");
            if (periodFrom == null || periodTo == null || periodTo.isBefore(periodFrom)) {
                throw new RuleViolationException("report.rule.period");
            }
            if (deadline == null || deadline.isBefore(periodFrom)) {
                throw new RuleViolationException("report.rule.deadline");
            }
            cities = cities == null ? List.of() : List.copyOf(cities);
        }
    }

    record CycleSummary(
            CycleId id,
            NetworkId network,
            String networkName,
            String name,
            LocalDate periodFrom,
            LocalDate periodTo,
            LocalDate deadline) {}

    /** A participating city and its report (null {@code report} and {@code status} when not started). */
    record Participant(CityId city, String citySlug, String cityName, ReportId report, ReportStatus status) {}

    record CycleView(
            CycleSummary summary,
            String networkSlug,
            FrameworkRef framework,
            FrameworkRef criteria,
            boolean monitoringAsked,
            List<Participant> participants) {

        public CycleView {
            participants = List.copyOf(participants);
        }
    }

    /** A reminder mailed to the city's coordinators ({@code recipients} of them). */
    record ReminderSent(CityId city, String cityName, ReminderKind kind, Instant sentAt, int recipients) {}

    /**
     * A report whole, for print and export: its current content, or a submitted version's. {@code version} is the
     * number of the submitted version the content is (null for a draft or a returned report being revised);
     * {@code status} is where that content stands; {@code byCommitment} groups its actions by the cycle's
     * commitments; {@code monitoring} is the city's published monitoring it shares, null where the cycle did not ask.
     */
    record ReportExport(
            ReportId id,
            CycleSummary cycle,
            FrameworkRef framework,
            CityId city,
            String citySlug,
            String cityName,
            Integer version,
            ReportStatus status,
            Instant submittedAt,
            Instant decidedAt,
            ReportContent content,
            List<CommitmentGroup> byCommitment,
            List<ReportedIndicator> indicators,
            List<ReportedMonitoring> monitoring) {

        public ReportExport {
            byCommitment = List.copyOf(byCommitment);
            indicators = List.copyOf(indicators);
            monitoring = monitoring == null ? null : List.copyOf(monitoring);
        }
    }

    /** One field that differs; {@code field} is a stable name such as {@code level1.focalPoint.email}. */
    record FieldChange(String field, String from, String to) {}

    /**
     * A commitment of the cycle's framework with the actions reported under it; the label is the code itself for
     * actions whose commitment the framework does not have, and null {@code code} gathers those without one.
     */
    record CommitmentGroup(String code, LocalizedText label, List<ReportedAction> actions, String explanation) {

        public CommitmentGroup {
            actions = List.copyOf(actions);
        }

        public boolean isMissingExplanation() {
            return actions.isEmpty() && explanation == null;
        }
    }

    record FieldGroup(String code, LocalizedText label, List<ReportedAction> actions) {

        public FieldGroup {
            actions = List.copyOf(actions);
        }
    }

    record VersionSummary(int number, Instant submittedAt, ReportStatus outcome, Instant decidedAt, String comments) {}

    /**
     * A report as its city and the network's secretariat see it. {@code level1Changes} are the Level 1 fields that
     * differ from the city's previous report to the same network; {@code candidates} are plan actions of the period
     * not (or no longer) in the report.
     */
    record ReportView(
            ReportId id,
            CycleSummary cycle,
            CityId city,
            String citySlug,
            String cityName,
            ReportStatus status,
            Instant statusChangedAt,
            long version,
            ReportContent content,
            List<FieldChange> level1Changes,
            List<CommitmentGroup> byCommitment,
            List<FieldGroup> byField,
            List<ReportedAction> candidates,
            List<VersionSummary> versions,
            boolean writable,
            boolean reviewable) {

        public ReportView {
            level1Changes = List.copyOf(level1Changes);
            byCommitment = List.copyOf(byCommitment);
            byField = List.copyOf(byField);
            candidates = List.copyOf(candidates);
            versions = List.copyOf(versions);
        }

        public boolean changed(String level1Field) {
            return level1Changes.stream().anyMatch(change -> change.field().equals("level1." + level1Field));
        }

        public List<CommitmentGroup> missingExplanations() {
            return byCommitment.stream()
                    .filter(CommitmentGroup::isMissingExplanation)
                    .toList();
        }
    }

    /** Where an accepted action comes from and how it is classified; {@code language} is its report's. */
    record AcceptedActionSummary(
            ReportedActionId id,
            ReportId report,
            CycleId cycle,
            NetworkId network,
            CityId city,
            String cityName,
            String title,
            String commitment,
            String track,
            List<String> fieldsOfActivity,
            String language) {

        public AcceptedActionSummary {
            fieldsOfActivity = List.copyOf(fieldsOfActivity);
        }
    }

    /** An accepted action in full, from version {@code version} of its report. */
    record AcceptedAction(
            AcceptedActionSummary summary, CycleSummary cycle, String citySlug, int version, ReportedAction action) {}

    /**
     * Examples for an item of any framework (a key factor of a benchmark): up to {@code limit} actions of accepted
     * reports of cities other than {@code forCity} (null for none) and the reader's own, whose plan action was
     * tagged with the item or which are classified under an item the crosswalk relates to it
     * ({@code Frameworks.reach}), the most recently accepted first. Public: nothing but accepted reports is searched.
     */
    List<ActionExample> examples(ItemRef item, CityId forCity, int limit);

    /**
     * An accepted action as an example: the action as its accepted report states it, published at
     * {@code /cities/{citySlug}/reports/{summary.report}}.
     */
    record ActionExample(AcceptedActionSummary summary, String citySlug, String cycleName, ReportedAction action) {}

    /** Every accepted report, for modules that keep data derived from them (the search index). */
    List<ReportId> acceptedReports();

    /**
     * An accepted report as anyone may read it: the accepted version, its actions grouped by commitment.
     *
     * @throws org.equicity.shared.NotFoundException unless the report is accepted
     */
    PublicReport publicReport(ReportId id);

    /** The city's accepted reports, the latest cycle first; what its public page links to. Public. */
    List<AcceptedReportLink> acceptedReportsOf(CityId city);

    /**
     * The network's accepted reports by city name, of one cycle or, when {@code cycle} is null, of every cycle (the
     * latest first); what its statistics link to. Public.
     */
    List<AcceptedReportLink> acceptedReportsOf(NetworkId network, CycleId cycle);

    /** Where the public reads an accepted report: {@code /cities/{citySlug}/reports/{id}}. */
    record AcceptedReportLink(
            ReportId id, CycleId cycle, String cycleName, String citySlug, String cityName, Instant acceptedAt) {}

    /** An accepted report; {@code framework} is the cycle's commitments framework. */
    record PublicReport(
            ReportId id,
            CycleSummary cycle,
            FrameworkRef framework,
            CityId city,
            String citySlug,
            String cityName,
            int version,
            Instant acceptedAt,
            ReportContent content,
            List<CommitmentGroup> byCommitment) {

        public PublicReport {
            byCommitment = List.copyOf(byCommitment);
        }
    }

    // Statistics: public aggregates over accepted reports only

    /**
     * Every cycle of the network, the earliest period first, with how many cities take part, how many of their
     * reports were submitted (whatever the secretariat decided since) and how many were accepted. Public.
     */
    List<ReportingRate> reportingRates(NetworkId network);

    /**
     * The actions of the network's accepted reports, counted in the database by cycle, city and the code they are
     * classified under; an action with several fields of activity counts once under each. A null code gathers the
     * actions without a commitment or track (and, for fields, without any field). Public: only accepted reports
     * count.
     *
     * @param cycle null for every cycle of the network
     */
    List<ActionCount> acceptedActionCounts(NetworkId network, CycleId cycle, ActionDimension by);

    enum ActionDimension {
        COMMITMENT,
        TRACK,
        FIELD_OF_ACTIVITY
    }

    /** A cycle's participation; {@code framework} is the commitments framework its actions are classified by. */
    record ReportingRate(
            CycleId cycle,
            String name,
            LocalDate periodFrom,
            LocalDate periodTo,
            FrameworkRef framework,
            int participants,
            int submitted,
            int accepted) {}

    record ActionCount(CycleId cycle, CityId city, String code, long actions) {}
}
