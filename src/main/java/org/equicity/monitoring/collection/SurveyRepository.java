package org.equicity.monitoring.collection;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyRepository extends JpaRepository<Survey, UUID> {

    Optional<Survey> findByDatasetId(UUID datasetId);

    /**
     * Counts a response in the database, not on the loaded survey: answers arrive at the same time, and none may be
     * refused as a concurrent edit.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Survey s set s.responses = s.responses + 1 where s.id = :surveyId")
    int countResponse(UUID surveyId);
}
