package org.equicity.monitoring.collection;

import java.time.Clock;
import java.time.LocalDate;
import org.equicity.monitoring.collection.StaffSurveys.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes every record past its dataset's retention period, once a day, and logs what it deleted: a round table or
 * interview counts from the day it was held, an incident from its month, a year's staff counts from the end of the
 * year, a survey's answers (and its unused links) from the day it closed.
 */
@Component
@Transactional
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final DatasetRepository datasets;
    private final ConversationRepository conversations;
    private final StaffFigureRepository staff;
    private final IncidentRepository incidents;
    private final SurveyRepository surveys;
    private final SurveyTokenRepository tokens;
    private final SurveyChoiceRepository choices;
    private final SurveyTextRepository texts;
    private final Clock clock;

    Retention(
            DatasetRepository datasets,
            ConversationRepository conversations,
            StaffFigureRepository staff,
            IncidentRepository incidents,
            SurveyRepository surveys,
            SurveyTokenRepository tokens,
            SurveyChoiceRepository choices,
            SurveyTextRepository texts,
            Clock clock) {
        this.datasets = datasets;
        this.conversations = conversations;
        this.staff = staff;
        this.incidents = incidents;
        this.surveys = surveys;
        this.tokens = tokens;
        this.choices = choices;
        this.texts = texts;
        this.clock = clock;
    }

    @Scheduled(cron = "${equicity.monitoring.retention.cron:0 15 3 * * *}")
    void deleteScheduled() {
        deletePastRetention(LocalDate.now(clock));
    }

    /** Deletes what is past retention on {@code today}; answers how many records it deleted. */
    int deletePastRetention(LocalDate today) {
        int deleted = 0;
        for (var dataset : datasets.findAll()) {
            var since = dataset.keptSince(today);
            int ofDataset = deleteBefore(dataset, since);
            if (ofDataset > 0) {
                log.info(
                        "Deleted {} record(s) of dataset {} ({}, {}) dated before {}: past its retention of {} months",
                        ofDataset,
                        dataset.id().value(),
                        dataset.kind(),
                        dataset.title(),
                        since,
                        dataset.retentionMonths());
            }
            deleted += ofDataset;
        }
        return deleted;
    }

    private int deleteBefore(Dataset dataset, LocalDate since) {
        var id = dataset.id().value();
        return switch (dataset.kind()) {
            case CONVERSATIONS -> {
                var old = conversations.findByDatasetIdAndHeldOnBefore(id, since);
                conversations.deleteAll(old);
                yield old.size();
            }
            case INCIDENTS -> {
                var old = incidents.findByDatasetIdAndOccurredInBefore(id, since);
                incidents.deleteAll(old);
                yield old.size();
            }
            case STAFF_DIVERSITY -> staff.deleteBefore(id, since.getYear());
            case SURVEY ->
                surveys.findByDatasetId(id)
                        .filter(survey -> survey.state() == State.CLOSED)
                        .filter(survey ->
                                survey.closedOn() != null && survey.closedOn().isBefore(since))
                        .map(this::erase)
                        .orElse(0);
        };
    }

    private int erase(Survey survey) {
        var responses = survey.responses();
        tokens.deleteOfSurvey(survey.id());
        choices.deleteOfSurvey(survey.id());
        texts.deleteOfSurvey(survey.id());
        survey.erased();
        surveys.save(survey);
        return responses;
    }
}
