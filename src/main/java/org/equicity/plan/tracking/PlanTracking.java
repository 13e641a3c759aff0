package org.equicity.plan.tracking;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.Progress;
import org.equicity.plan.support.Texts;
import org.equicity.shared.CityId;
import org.equicity.shared.Identifier;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * What pages, the API and other modules may ask about the coverage and the implementation of a city's plans:
 * which commitments, tracks, fields of activity and departments the actions cover; the progress updates departments
 * post; progress per commitment and for the whole plan; what needs the coordinator's attention; and the department
 * meetings and yearly follow-ups. Reading follows the plan ({@link Plans#plan}); meetings are for the city's people.
 * A progress update may be posted by a contact of one of the action's responsible departments or by whoever manages
 * the city; meetings and cadences are the coordinator's.
 */
public interface PlanTracking {

    /** Counts of actions (discontinued ones left out) by commitment, field of activity and department, per track. */
    Coverage coverage(PlanId plan, Locale locale);

    /** Progress per commitment and for the whole plan, computed as {@link Progress} describes. */
    PlanProgress progress(PlanId plan, Locale locale);

    /** The actions whose update is overdue, the delayed ones and those past their end but not completed. */
    Attention attention(PlanId plan, LocalDate today);

    /**
     * The actions of the signed-in person's departments in plans that are adopted or in implementation, the
     * longest-waiting update first.
     */
    List<MyAction> myActions(LocalDate today);

    /** One action with its progress updates (newest first) and the meetings that discussed it. */
    ActionTracking action(PlanId plan, ActionId action, LocalDate today, Locale locale);

    /** Whether the signed-in person may post progress updates for the action. */
    boolean canReport(PlanId plan, ActionId action);

    /**
     * Records a progress update; the action's status and progress then follow the latest update by date. Also the
     * way to load updates in bulk (one call per update, each checked).
     */
    ProgressUpdateId postUpdate(PlanId plan, ActionId action, ProgressReport report);

    /** Changes how many months may pass between two progress updates of the action (1 to 36). */
    void changeCadence(PlanId plan, ActionId action, int months);

    MeetingId recordMeeting(PlanId plan, MeetingContent meeting);

    /**
     * Corrects the language the texts of a progress update are recorded in (ISO 639-1; null for the plan's): they
     * stay as posted, their translations are made again from the language. For whoever may post updates for the
     * update's action.
     */
    void changeUpdateLanguage(PlanId plan, ProgressUpdateId update, String language);

    /** Corrects the language of a meeting's participants and minutes, as for updates; for the coordinators. */
    void changeMeetingLanguage(PlanId plan, MeetingId meeting, String language);

    /** The plan's meetings, the latest first; for the city's people only. */
    List<MeetingView> meetings(PlanId plan);

    record ProgressUpdateId(UUID value) implements Identifier {

        public ProgressUpdateId {
            Objects.requireNonNull(value, "progress update id");
        }
    }

    record MeetingId(UUID value) implements Identifier {

        public MeetingId {
            Objects.requireNonNull(value, "meeting id");
        }
    }

    enum MeetingKind {
        DEPARTMENT_MEETING,
        YEARLY_FOLLOW_UP,
        STEERING_COMMITTEE
    }

    /**
     * What a department reports about an action on a date: where it stands (status and percent done), what happened,
     * what stands in the way, and links to evidence (web addresses). {@code language} is the language the texts are
     * written in (ISO 639-1); left out, it is the plan's.
     */
    record ProgressReport(
            LocalDate reportedOn,
            ActionStatus status,
            Integer progress,
            String narrative,
            String challenges,
            List<String> evidenceLinks,
            String language) {

        public ProgressReport {
            language = Texts.language(language);
            if (reportedOn == null) {
                throw RuleViolationException.about("reportedOn", "plan.rule.required", "reportedOn");
            }
            if (status == null) {
                throw RuleViolationException.about("status", "plan.rule.required", "status");
            }
            if (progress == null) {
                throw RuleViolationException.about("progress", "plan.rule.required", "progress");
            }
            if (progress < 0 || progress > 100) {
                throw new RuleViolationException("plan.rule.progress");
            }
            narrative = Texts.optional(narrative, 10_000, "narrative");
            challenges = Texts.optional(challenges, 10_000, "challenges");
            evidenceLinks = Texts.lines(evidenceLinks, 1_000, "evidenceLinks");
            evidenceLinks.forEach(ProgressReport::requireWebAddress);
        }

        ProgressReport writtenIn(String language) {
            return new ProgressReport(reportedOn, status, progress, narrative, challenges, evidenceLinks, language);
        }

        private static void requireWebAddress(String link) {
            try {
                var uri = URI.create(link);
                if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null) {
                    return;
                }
            } catch (IllegalArgumentException malformed) {
                // reported below, like any other address that is not a web page
            }
            throw RuleViolationException.about("evidenceLinks", "plan.rule.link", "evidenceLinks");
        }
    }

    record ProgressUpdateView(
            ProgressUpdateId id,
            ActionId action,
            ProgressReport report,
            @Nullable String author,
            Instant recordedAt) {}

    /**
     * A department meeting, a yearly follow-up or a steering committee, with the actions it discussed.
     * {@code language} is the language participants and minutes are written in (ISO 639-1); left out, the plan's.
     */
    record MeetingContent(
            LocalDate heldOn,
            MeetingKind kind,
            String participants,
            String minutes,
            List<ActionId> actions,
            String language) {

        public MeetingContent {
            language = Texts.language(language);
            if (heldOn == null) {
                throw RuleViolationException.about("heldOn", "plan.rule.required", "heldOn");
            }
            if (kind == null) {
                throw RuleViolationException.about("kind", "plan.rule.required", "kind");
            }
            participants = Texts.optional(participants, 2_000, "participants");
            minutes = Texts.required(minutes, 20_000, "minutes");
            actions = Texts.once(actions, "actions");
        }

        MeetingContent writtenIn(String language) {
            return new MeetingContent(heldOn, kind, participants, minutes, actions, language);
        }
    }

    /** {@code actionTitles} names the discussed actions in the order of {@code content().actions()}. */
    record MeetingView(
            MeetingId id,
            MeetingContent content,
            List<String> actionTitles,
            @Nullable String recordedBy) {

        public MeetingView {
            actionTitles = List.copyOf(actionTitles);
        }
    }

    /** A column of the coverage matrices: a track of the plan's tracks framework. */
    record Column(String code, String label) {}

    /**
     * One row of a coverage matrix: how many actions it has in each track (in the order of the columns), how many
     * have no track, and the tracks it lacks.
     */
    record Row(
            String key, String label, List<Integer> counts, int withoutTrack, int total, List<String> missingTracks) {

        public Row {
            counts = List.copyOf(counts);
            missingTracks = List.copyOf(missingTracks);
        }

        public boolean hasNoAction() {
            return total == 0;
        }

        public boolean lacksTracks() {
            return total > 0 && !missingTracks.isEmpty();
        }
    }

    /** Rows with per-track counts; {@code trackTotals} counts each action once per track column. */
    record Matrix(List<Row> rows, List<Integer> trackTotals, int withoutTrack) {

        public Matrix {
            rows = List.copyOf(rows);
            trackTotals = List.copyOf(trackTotals);
        }

        public List<Row> gaps() {
            return rows.stream().filter(Row::hasNoAction).toList();
        }
    }

    /**
     * How the plan's actions cover what it set out to do. {@code frameworkCommitmentsMissing} are the commitments of
     * the plan's framework the plan has no commitment for; {@code unassignedFields} and {@code unassignedDepartments}
     * count actions without a field of activity or without a responsible department.
     */
    record Coverage(
            PlanId plan,
            int actions,
            int discontinued,
            List<Column> tracks,
            Matrix byCommitment,
            Matrix byField,
            Matrix byDepartment,
            List<String> frameworkCommitmentsMissing,
            int unassignedFields,
            int unassignedDepartments) {

        public Coverage {
            tracks = List.copyOf(tracks);
            frameworkCommitmentsMissing = List.copyOf(frameworkCommitmentsMissing);
        }

        public List<Row> commitmentsWithoutAction() {
            return byCommitment.gaps();
        }

        public List<Row> commitmentsLackingTracks() {
            return byCommitment.rows().stream().filter(Row::lacksTracks).toList();
        }
    }

    record CommitmentProgress(CommitmentId id, String title, Progress progress) {}

    record PlanProgress(PlanId plan, Progress overall, List<CommitmentProgress> commitments) {

        public PlanProgress {
            commitments = List.copyOf(commitments);
        }
    }

    /**
     * An action that needs a look: {@code lastUpdate} is the date of its latest progress update (absent when none),
     * {@code updateDue} when the next one is due.
     */
    record AttentionItem(
            ActionId id,
            String title,
            List<String> departments,
            ActionStatus status,
            LocalDate end,
            @Nullable LocalDate lastUpdate,
            LocalDate updateDue) {

        public AttentionItem {
            departments = List.copyOf(departments);
        }
    }

    record Attention(
            PlanId plan,
            boolean tracked,
            List<AttentionItem> overdueUpdates,
            List<AttentionItem> delayed,
            List<AttentionItem> pastEnd) {

        public Attention {
            overdueUpdates = List.copyOf(overdueUpdates);
            delayed = List.copyOf(delayed);
            pastEnd = List.copyOf(pastEnd);
        }

        public boolean isEmpty() {
            return overdueUpdates.isEmpty() && delayed.isEmpty() && pastEnd.isEmpty();
        }
    }

    record MyAction(
            CityId city,
            String citySlug,
            String cityName,
            PlanId plan,
            String planTitle,
            ActionId id,
            String title,
            ActionStatus status,
            Integer progress,
            @Nullable LocalDate lastUpdate,
            LocalDate updateDue,
            boolean overdue) {}

    /**
     * An action as its tracking page shows it. {@code canReport}: the reader may post an update now;
     * {@code canManage}: the reader may change the cadence and record meetings. {@code meetings} is empty for readers
     * outside the city.
     */
    record ActionTracking(
            PlanId plan,
            CityId city,
            String planTitle,
            PlanState state,
            ActionId id,
            String title,
            String commitmentTitle,
            List<String> departments,
            ActionStatus status,
            Integer progress,
            int cadenceMonths,
            @Nullable LocalDate lastUpdate,
            LocalDate updateDue,
            boolean overdue,
            boolean canReport,
            boolean canManage,
            List<ProgressUpdateView> updates,
            List<MeetingView> meetings) {

        public ActionTracking {
            departments = List.copyOf(departments);
            updates = List.copyOf(updates);
            meetings = List.copyOf(meetings);
        }
    }
}
