package org.equicity.monitoring.collection;

import java.time.Clock;
import java.time.LocalDate;
import org.equicity.monitoring.AnswerAttachments;
import org.equicity.monitoring.Monitoring;
import org.equicity.monitoring.collection.DataCollection.HeldData;
import org.equicity.monitoring.collection.DataCollection.HeldDataset;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a city holds, for its data protection officer: each dataset with its purpose, legal basis, consent method,
 * retention and audience, how many records it holds, the oldest record's date and when that record is deleted; and
 * the files departments attached to their answers to information requests.
 */
@Component
class HeldDataList {

    private final DatasetRepository datasets;
    private final ConversationRepository conversations;
    private final StaffFigureRepository staff;
    private final IncidentRepository incidents;
    private final SurveyRepository surveys;
    private final Monitoring monitoring;
    private final AnswerAttachments attachments;
    private final Clock clock;

    HeldDataList(
            DatasetRepository datasets,
            ConversationRepository conversations,
            StaffFigureRepository staff,
            IncidentRepository incidents,
            SurveyRepository surveys,
            Monitoring monitoring,
            AnswerAttachments attachments,
            Clock clock) {
        this.datasets = datasets;
        this.conversations = conversations;
        this.staff = staff;
        this.incidents = incidents;
        this.surveys = surveys;
        this.monitoring = monitoring;
        this.attachments = attachments;
        this.clock = clock;
    }

    HeldData of(CityId city) {
        var held = datasets.findByCityIdOrderByCreatedOnAscTitleAsc(city.value()).stream()
                .map(dataset -> {
                    var oldest = oldest(dataset);
                    return new HeldDataset(
                            dataset.id(),
                            dataset.programme(),
                            monitoring.programme(dataset.programme()).content().title(),
                            dataset.kind(),
                            dataset.title(),
                            dataset.protection(),
                            dataset.createdOn(),
                            records(dataset),
                            oldest,
                            oldest == null ? null : oldest.plusMonths(dataset.retentionMonths()));
                })
                .toList();
        return new HeldData(city, LocalDate.now(clock), held, attachments.heldBy(city));
    }

    /** How many records the dataset holds: conversations, staff counts, incidents, or survey responses. */
    int records(Dataset dataset) {
        var id = dataset.id().value();
        return switch (dataset.kind()) {
            case CONVERSATIONS -> (int) conversations.countByDatasetId(id);
            case STAFF_DIVERSITY -> (int) staff.countByDatasetId(id);
            case INCIDENTS -> (int) incidents.countByDatasetId(id);
            case SURVEY -> surveys.findByDatasetId(id).map(Survey::responses).orElse(0);
        };
    }

    /** The date retention is counted from for the dataset's oldest record; a survey's answers count from closing. */
    private @Nullable LocalDate oldest(Dataset dataset) {
        var id = dataset.id().value();
        return switch (dataset.kind()) {
            case CONVERSATIONS ->
                conversations
                        .findFirstByDatasetIdOrderByHeldOnAsc(id)
                        .map(conversation -> conversation.view().heldOn())
                        .orElse(null);
            case STAFF_DIVERSITY ->
                staff.findFirstByDatasetIdOrderByYearAsc(id)
                        .map(figure -> LocalDate.of(figure.year(), 12, 31))
                        .orElse(null);
            case INCIDENTS ->
                incidents
                        .findFirstByDatasetIdOrderByOccurredInAsc(id)
                        .map(incident -> incident.view().entry().month().atDay(1))
                        .orElse(null);
            case SURVEY ->
                surveys.findByDatasetId(id)
                        .filter(survey -> survey.responses() > 0)
                        .map(Survey::closedOn)
                        .orElse(null);
        };
    }
}
