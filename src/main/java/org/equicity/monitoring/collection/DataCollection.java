package org.equicity.monitoring.collection;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.equicity.disclosure.Disclosure.LegendEntry;
import org.equicity.disclosure.Disclosure.Marker;
import org.equicity.framework.FrameworkRef;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.AnswerAttachments.HeldFiles;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The datasets a monitoring programme collects (round tables and interviews, staff diversity figures, incident
 * records, the anonymous staff survey of {@link StaffSurveys}), each with what data protection asks to know of it.
 * Only the city's coordinators open datasets and record into them; a dataset is read by its audience; figures about
 * people are shown only after disclosure control.
 */
public interface DataCollection {

    /** The grounds of discrimination an incident is recorded with. */
    FrameworkRef GROUNDS = FrameworkRef.parse("breakdown-discrimination-ground@2026");

    /** The forms an incident takes (insult, harassment, refusal of a service, …). */
    FrameworkRef FORMS = FrameworkRef.parse("monitoring-incident-forms@2026");

    /** What the office or counselling service did. */
    FrameworkRef RESPONSES = FrameworkRef.parse("monitoring-incident-responses@2026");

    /** The dimension of the grounds, as the indicators module names its breakdowns. */
    String GROUND_DIMENSION = "breakdown-discrimination-ground";

    /** Whether the reader opens datasets and records into them (the city's coordinators). */
    boolean canManage(CityId city);

    List<DatasetSummary> datasets(ProgrammeId programme);

    /** A dataset with its records, for its audience. */
    DatasetView dataset(DatasetId id);

    DatasetId open(ProgrammeId programme, NewDataset dataset);

    /** Records a round table or an interview. */
    UUID recordConversation(DatasetId dataset, ConversationNotes notes);

    /** Records a year's staff counts, replacing what was recorded for that year. */
    void recordStaffFigures(DatasetId dataset, int year, List<StaffCount> counts);

    /** Records an incident reported to an anti-discrimination office or counselling service. */
    UUID recordIncident(DatasetId dataset, IncidentEntry incident);

    /** The staff diversity of a year by department, grade and category, after disclosure control. */
    ProtectedTable staffTable(DatasetId dataset, int year);

    /** The incidents of a year by ground and by district, after disclosure control. */
    List<ProtectedTable> incidentTables(DatasetId dataset, int year);

    /**
     * Records the incidents of a year as the yearly observation of an indicator of the city: the total and, where
     * the indicator is broken down by ground of discrimination, the count per ground (a broader ground counts every
     * incident of its narrower ones once). The indicator's own publication protects the figures.
     */
    void feedIndicator(DatasetId dataset, IndicatorId indicator, int year);

    /** What the city holds, dataset by dataset, for its data protection officer. */
    HeldData heldData(CityId city);

    enum DatasetKind {
        SURVEY,
        CONVERSATIONS,
        STAFF_DIVERSITY,
        INCIDENTS
    }

    /** Who may see a dataset's records: the coordinators (and steering group) only, or all the city's people. */
    enum Audience {
        COORDINATORS,
        CITY_PEOPLE
    }

    enum ConversationKind {
        ROUND_TABLE,
        INTERVIEW
    }

    /**
     * Why and how long a dataset is held: its purpose, the legal basis of collecting it, how consent is obtained
     * (required for staff diversity, whose figures are special categories of personal data), the retention period
     * in months after a record's date, and who may see it.
     */
    record Protection(
            String purpose, String legalBasis, @Nullable String consentMethod, int retentionMonths, Audience audience) {

        public Protection {
            purpose = CollectionRules.RULES.required(purpose, 2_000, "purpose");
            legalBasis = CollectionRules.RULES.required(legalBasis, 1_000, "legalBasis");
            consentMethod = CollectionRules.RULES.optional(consentMethod, 1_000, "consentMethod");
            if (retentionMonths < 1 || retentionMonths > 600) {
                throw RuleViolationException.about(
                        "retentionMonths", "monitoring.collection.rule.retention", "retentionMonths");
            }
            CollectionRules.requireChosen(audience, "audience");
        }
    }

    /**
     * A dataset to open: staff diversity names the breakdown dimension its figures count by ({@code dimension}, a
     * dimension of the indicators) and its consent method; incidents name the districts they are recorded in.
     */
    record NewDataset(
            DatasetKind kind,
            String title,
            Protection protection,
            @Nullable String dimension,
            List<String> districts) {

        public NewDataset {
            CollectionRules.requireChosen(kind, "datasetKind");
            title = CollectionRules.RULES.required(title, 300, "title");
            Objects.requireNonNull(protection, "protection");
            dimension = CollectionRules.RULES.optional(dimension, 80, "dimension");
            districts = CollectionRules.RULES.lines(districts, 80, "districts");
            if (kind == DatasetKind.STAFF_DIVERSITY && protection.consentMethod() == null) {
                throw RuleViolationException.about(
                        "consentMethod", "monitoring.collection.rule.required", "consentMethod");
            }
            if (kind == DatasetKind.STAFF_DIVERSITY && dimension == null) {
                throw RuleViolationException.about("dimension", "monitoring.collection.rule.required", "dimension");
            }
            if (kind == DatasetKind.INCIDENTS && districts.isEmpty()) {
                throw RuleViolationException.about("districts", "monitoring.collection.rule.required", "districts");
            }
        }
    }

    record DatasetSummary(DatasetId id, DatasetKind kind, String title, int records, int retentionMonths) {}

    /**
     * A dataset as its audience reads it: round tables and interviews newest first, incidents newest first, the
     * years staff figures were recorded for.
     */
    record DatasetView(
            DatasetId id,
            ProgrammeId programme,
            CityId city,
            DatasetKind kind,
            String title,
            Protection protection,
            @Nullable String dimension,
            List<String> districts,
            LocalDate createdOn,
            List<Conversation> conversations,
            List<Incident> incidents,
            List<Integer> staffYears,
            boolean manageable) {}

    /**
     * A round table or interview: who took part, counted per actor group of the 4x4 approach (codes of the parent's
     * actor groups, no names), the notes and the issues raised.
     */
    record ConversationNotes(
            ConversationKind kind,
            LocalDate heldOn,
            Map<String, Integer> participants,
            String notes,
            List<String> issues) {

        public ConversationNotes {
            CollectionRules.requireChosen(kind, "conversationKind");
            CollectionRules.requireChosen(heldOn, "heldOn");
            participants = participants == null ? Map.of() : Map.copyOf(participants);
            if (participants.values().stream().anyMatch(count -> count == null || count < 0 || count > 10_000)
                    || participants.values().stream()
                                    .mapToInt(Integer::intValue)
                                    .sum()
                            == 0) {
                throw RuleViolationException.about(
                        "participants", "monitoring.collection.rule.participants", "participants");
            }
            notes = CollectionRules.RULES.required(notes, 20_000, "notes");
            issues = CollectionRules.RULES.lines(issues, 1_000, "issues");
        }
    }

    record Conversation(
            UUID id,
            ConversationKind kind,
            LocalDate heldOn,
            Map<String, Integer> participants,
            String notes,
            List<String> issues) {}

    /** How many of a department's staff of a grade fall into a category of the dataset's dimension. */
    record StaffCount(DepartmentId department, String grade, String category, int staff) {

        public StaffCount {
            CollectionRules.requireChosen(department, "department");
            grade = CollectionRules.RULES.required(grade, 80, "grade");
            category = CollectionRules.RULES.required(category, 80, "category");
            if (staff < 0 || staff > 1_000_000) {
                throw RuleViolationException.about("staff", "monitoring.collection.rule.staff", "staff");
            }
        }
    }

    /**
     * An incident as the office records it, anonymised at entry: its month, district (one of the dataset's),
     * grounds (codes of {@link #GROUNDS}), life sphere (a topic of the parent's programmes), form (a code of {@link
     * #FORMS}) and what was done (a code of {@link #RESPONSES}). There is no field for a name or a free text.
     */
    record IncidentEntry(
            YearMonth month, String district, List<String> grounds, String lifeSphere, String form, String response) {

        public IncidentEntry {
            CollectionRules.requireChosen(month, "month");
            district = CollectionRules.RULES.required(district, 80, "district");
            grounds = CollectionRules.RULES.lines(grounds, 80, "grounds");
            if (grounds.isEmpty()) {
                throw RuleViolationException.about("grounds", "monitoring.collection.rule.required", "grounds");
            }
            lifeSphere = CollectionRules.RULES.required(lifeSphere, 80, "lifeSphere");
            form = CollectionRules.RULES.required(form, 80, "incidentForm");
            response = CollectionRules.RULES.required(response, 80, "incidentResponse");
        }
    }

    record Incident(UUID id, IncidentEntry entry) {}

    /**
     * A table of counts after disclosure control: its dimensions in order (codes), each row the categories of its
     * cell (dimension code to category code, the total named {@code total}) with the figure or the marker shown
     * instead, and the legend of the markers used.
     */
    record ProtectedTable(String title, List<String> dimensions, List<ProtectedRow> rows, List<LegendEntry> legend) {}

    record ProtectedRow(
            Map<String, String> categories,
            @Nullable Long count,
            @Nullable Marker marker) {

        public String shown() {
            return marker != null && count == null
                    ? marker.symbol()
                    : marker == null ? String.valueOf(count) : count + " " + marker.symbol();
        }
    }

    /** A dataset as the data protection officer's list shows it. */
    record HeldDataset(
            DatasetId id,
            ProgrammeId programme,
            String programmeTitle,
            DatasetKind kind,
            String title,
            Protection protection,
            LocalDate createdOn,
            int records,
            @Nullable LocalDate oldestRecord,
            @Nullable LocalDate deletionDue) {}

    /** What the city holds: the datasets, and the files attached to answers of its information requests. */
    record HeldData(CityId city, LocalDate on, List<HeldDataset> datasets, List<HeldFiles> files) {}
}
