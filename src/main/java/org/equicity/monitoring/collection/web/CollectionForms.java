package org.equicity.monitoring.collection.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.ConversationNotes;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.IncidentEntry;
import org.equicity.monitoring.collection.DataCollection.NewDataset;
import org.equicity.monitoring.collection.DataCollection.Protection;
import org.equicity.monitoring.collection.DataCollection.StaffCount;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of the data collection pages; each names its fields as the facade's rules do. */
final class CollectionForms {

    private CollectionForms() {}

    static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw RuleViolationException.about(field, "monitoring.collection.rule.required", field);
        }
        return value;
    }

    /** Lines of a text area, blank ones left out. */
    static List<String> lines(@Nullable String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .toList();
    }

    record DatasetForm(
            @Nullable DatasetKind datasetKind,
            @Nullable String title,
            @Nullable String purpose,
            @Nullable String legalBasis,
            @Nullable String consentMethod,
            @Nullable Integer retentionMonths,
            @Nullable Audience audience,
            @Nullable String dimension,
            @Nullable String districts) {

        static DatasetForm blank() {
            return new DatasetForm(null, null, null, null, null, 24, Audience.COORDINATORS, null, null);
        }

        NewDataset dataset() {
            return new NewDataset(
                    required(datasetKind, "datasetKind"),
                    title == null ? "" : title,
                    new Protection(
                            purpose == null ? "" : purpose,
                            legalBasis == null ? "" : legalBasis,
                            consentMethod,
                            required(retentionMonths, "retentionMonths"),
                            required(audience, "audience")),
                    dimension,
                    lines(districts));
        }
    }

    /** How many of an actor group took part. */
    record ParticipantRow(
            @Nullable String actorGroup, @Nullable Integer count) {}

    record ConversationForm(
            @Nullable ConversationKind conversationKind,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate heldOn,

            @Nullable List<ParticipantRow> participants,
            @Nullable String notes,
            @Nullable String issues) {

        static ConversationForm blank(LocalDate today, List<String> actorGroups) {
            return new ConversationForm(
                    ConversationKind.ROUND_TABLE,
                    today,
                    actorGroups.stream()
                            .map(group -> new ParticipantRow(group, 0))
                            .toList(),
                    null,
                    null);
        }

        /** The count typed for the actor group, for the form shown again. */
        public int countOf(String actorGroup) {
            return participants == null
                    ? 0
                    : participants.stream()
                            .filter(row -> row != null && actorGroup.equals(row.actorGroup()) && row.count() != null)
                            .mapToInt(row -> Objects.requireNonNull(row.count()))
                            .findFirst()
                            .orElse(0);
        }

        ConversationNotes conversation() {
            var counts = new LinkedHashMap<String, Integer>();
            if (participants != null) {
                participants.stream()
                        .filter(row -> row != null && row.actorGroup() != null && row.count() != null)
                        .forEach(row -> counts.put(
                                Objects.requireNonNull(row.actorGroup()), Objects.requireNonNull(row.count())));
            }
            return new ConversationNotes(
                    required(conversationKind, "conversationKind"),
                    required(heldOn, "heldOn"),
                    counts,
                    notes == null ? "" : notes,
                    lines(issues));
        }
    }

    /** A row of the staff figures: a department, a grade, a category and how many staff. */
    record StaffRow(
            @Nullable UUID department,
            @Nullable String grade,
            @Nullable String category,
            @Nullable Integer staff) {

        boolean isEmpty() {
            return department == null && (grade == null || grade.isBlank()) && staff == null;
        }
    }

    record StaffForm(@Nullable Integer year, @Nullable List<StaffRow> rows) {

        static final int ROWS = 12;

        static StaffForm blank(int year) {
            return new StaffForm(year, List.of());
        }

        /** The rows shown: what was typed, then empty ones up to {@link #ROWS}. */
        public List<StaffRow> shownRows() {
            var shown = new java.util.ArrayList<StaffRow>(rows == null ? List.of() : rows);
            while (shown.size() < ROWS) {
                shown.add(new StaffRow(null, null, null, null));
            }
            return shown;
        }

        List<StaffCount> counts() {
            return rows == null
                    ? List.of()
                    : rows.stream()
                            .filter(row -> row != null && !row.isEmpty())
                            .map(row -> new StaffCount(
                                    new DepartmentId(required(row.department(), "department")),
                                    row.grade() == null ? "" : row.grade(),
                                    row.category() == null ? "" : row.category(),
                                    required(row.staff(), "staff")))
                            .toList();
        }
    }

    record IncidentForm(
            @Nullable String month,
            @Nullable String district,
            @Nullable List<String> grounds,
            @Nullable String lifeSphere,
            @Nullable String incidentForm,
            @Nullable String incidentResponse) {

        static IncidentForm blank(YearMonth month) {
            return new IncidentForm(month.toString(), null, List.of(), null, null, null);
        }

        IncidentEntry entry() {
            YearMonth parsed;
            try {
                parsed = YearMonth.parse(required(month, "month").strip());
            } catch (DateTimeParseException unreadable) {
                throw RuleViolationException.about("month", "monitoring.collection.rule.required", "month");
            }
            return new IncidentEntry(
                    parsed,
                    district == null ? "" : district,
                    grounds == null ? List.of() : grounds,
                    lifeSphere == null ? "" : lifeSphere,
                    incidentForm == null ? "" : incidentForm,
                    incidentResponse == null ? "" : incidentResponse);
        }
    }

    /** Which indicator a year's incident counts are recorded into. */
    record FeedForm(@Nullable UUID indicator, @Nullable Integer year) {}
}
