package org.equicity.monitoring.collection.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.indicator.IndicatorId;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.collection.DataCollection;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.ConversationKind;
import org.equicity.monitoring.collection.DataCollection.ConversationNotes;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.DatasetSummary;
import org.equicity.monitoring.collection.DataCollection.DatasetView;
import org.equicity.monitoring.collection.DataCollection.HeldData;
import org.equicity.monitoring.collection.DataCollection.IncidentEntry;
import org.equicity.monitoring.collection.DataCollection.NewDataset;
import org.equicity.monitoring.collection.DataCollection.ProtectedTable;
import org.equicity.monitoring.collection.DataCollection.Protection;
import org.equicity.monitoring.collection.DataCollection.StaffCount;
import org.equicity.monitoring.collection.DatasetId;
import org.equicity.monitoring.collection.StaffSurveys;
import org.equicity.monitoring.collection.StaffSurveys.SurveyResults;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A programme's data collection over HTTP: the city's coordinators open datasets and record into them; a dataset is
 * read by its audience; figures come only after disclosure control; the data protection officer's list of what is
 * held. The survey's questionnaire, links and answers are on its pages only: a link is handed to a person, not to a
 * program.
 */
@RestController
@Tag(name = "Monitoring: data collection")
class CollectionApi {

    private final DataCollection collection;
    private final StaffSurveys surveys;

    CollectionApi(DataCollection collection, StaffSurveys surveys) {
        this.collection = collection;
        this.surveys = surveys;
    }

    record ProtectionBody(
            @NotBlank @Size(max = 2_000) String purpose,
            @NotBlank @Size(max = 1_000) String legalBasis,
            @Nullable @Size(max = 1_000) String consentMethod,
            @Min(1) @Max(600) int retentionMonths,
            @NotNull Audience audience) {}

    record NewDatasetBody(
            @NotNull DatasetKind kind,
            @NotBlank @Size(max = 300) String title,
            @NotNull @Valid ProtectionBody protection,
            @Nullable @Size(max = 80) String dimension,
            @Nullable @Size(max = 200) List<@Size(max = 80) String> districts) {}

    record ConversationBody(
            @NotNull ConversationKind kind,
            @NotNull LocalDate heldOn,
            @NotNull @Size(max = 20) Map<String, Integer> participants,
            @NotBlank @Size(max = 20_000) String notes,
            @Nullable @Size(max = 100) List<@Size(max = 1_000) String> issues) {}

    record StaffCountBody(
            @NotNull UUID department,
            @NotBlank @Size(max = 80) String grade,
            @NotBlank @Size(max = 80) String category,
            @Min(0) int staff) {}

    record StaffFiguresBody(@NotNull @Size(max = 5_000) List<@Valid @NotNull StaffCountBody> counts) {}

    record IncidentBody(
            @NotNull YearMonth month,
            @NotBlank @Size(max = 80) String district,
            @NotNull @Size(min = 1, max = 20) List<@Size(max = 80) String> grounds,
            @NotBlank @Size(max = 80) String lifeSphere,
            @NotBlank @Size(max = 80) String form,
            @NotBlank @Size(max = 80) String response) {}

    record FeedBody(
            @NotNull UUID indicator, @Min(2000) @Max(2100) int year) {}

    record Created(UUID id) {}

    @GetMapping("/api/v1/monitoring/programmes/{id}/datasets")
    @Operation(summary = "The programme's datasets the reader may see")
    List<DatasetSummary> datasets(@PathVariable UUID id) {
        return collection.datasets(new ProgrammeId(id));
    }

    @PostMapping("/api/v1/monitoring/programmes/{id}/datasets")
    @Operation(summary = "Open a dataset, with its purpose, legal basis, retention and audience")
    ResponseEntity<Created> open(@PathVariable UUID id, @Valid @RequestBody NewDatasetBody body) {
        var protection = body.protection();
        var dataset = collection.open(
                new ProgrammeId(id),
                new NewDataset(
                        body.kind(),
                        body.title(),
                        new Protection(
                                protection.purpose(),
                                protection.legalBasis(),
                                protection.consentMethod(),
                                protection.retentionMonths(),
                                protection.audience()),
                        body.dimension(),
                        body.districts() == null ? List.of() : body.districts()));
        return ResponseEntity.created(URI.create("/api/v1/monitoring/datasets/" + dataset.value()))
                .body(new Created(dataset.value()));
    }

    @GetMapping("/api/v1/monitoring/datasets/{id}")
    @Operation(summary = "A dataset with its records, for its audience")
    DatasetView dataset(@PathVariable UUID id) {
        return collection.dataset(new DatasetId(id));
    }

    @PostMapping("/api/v1/monitoring/datasets/{id}/conversations")
    @Operation(summary = "Record a round table or an interview: participants counted by actor group, no names")
    ResponseEntity<Created> conversation(@PathVariable UUID id, @Valid @RequestBody ConversationBody body) {
        var created = collection.recordConversation(
                new DatasetId(id),
                new ConversationNotes(
                        body.kind(),
                        body.heldOn(),
                        body.participants(),
                        body.notes(),
                        body.issues() == null ? List.of() : body.issues()));
        return ResponseEntity.ok(new Created(created));
    }

    @PutMapping("/api/v1/monitoring/datasets/{id}/staff-figures/{year}")
    @Operation(summary = "Record a year's staff counts per department, grade and category, replacing that year's")
    void staffFigures(@PathVariable UUID id, @PathVariable int year, @Valid @RequestBody StaffFiguresBody body) {
        collection.recordStaffFigures(
                new DatasetId(id),
                year,
                body.counts().stream()
                        .map(count -> new StaffCount(
                                new DepartmentId(count.department()), count.grade(), count.category(), count.staff()))
                        .toList());
    }

    @GetMapping("/api/v1/monitoring/datasets/{id}/staff-figures/{year}")
    @Operation(summary = "A year's staff diversity after disclosure control")
    ProtectedTable staffTable(@PathVariable UUID id, @PathVariable int year) {
        return collection.staffTable(new DatasetId(id), year);
    }

    @PostMapping("/api/v1/monitoring/datasets/{id}/incidents")
    @Operation(summary = "Record an incident, anonymised at entry: codes only")
    ResponseEntity<Created> incident(@PathVariable UUID id, @Valid @RequestBody IncidentBody body) {
        var created = collection.recordIncident(
                new DatasetId(id),
                new IncidentEntry(
                        body.month(),
                        body.district(),
                        body.grounds(),
                        body.lifeSphere(),
                        body.form(),
                        body.response()));
        return ResponseEntity.ok(new Created(created));
    }

    @GetMapping("/api/v1/monitoring/datasets/{id}/incident-counts")
    @Operation(summary = "A year's incidents by ground and by district, after disclosure control")
    List<ProtectedTable> incidentCounts(@PathVariable UUID id, @RequestParam int year) {
        return collection.incidentTables(new DatasetId(id), year);
    }

    @PostMapping("/api/v1/monitoring/datasets/{id}/indicator-observations")
    @Operation(summary = "Record a year's incident counts as an indicator's observation")
    void feed(@PathVariable UUID id, @Valid @RequestBody FeedBody body) {
        collection.feedIndicator(new DatasetId(id), new IndicatorId(body.indicator()), body.year());
    }

    @GetMapping("/api/v1/monitoring/datasets/{id}/survey-results")
    @Operation(summary = "A survey's aggregated results after disclosure control, with the released free texts")
    SurveyResults surveyResults(@PathVariable UUID id) {
        return surveys.results(new DatasetId(id));
    }

    @GetMapping("/api/v1/cities/{id}/monitoring/data-protection")
    @Operation(summary = "What the city holds, dataset by dataset, for its data protection officer")
    HeldData heldData(@PathVariable UUID id) {
        return collection.heldData(new CityId(id));
    }
}
