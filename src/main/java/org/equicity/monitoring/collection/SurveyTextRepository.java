package org.equicity.monitoring.collection;

import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.collection.SurveyAnswers.Review;
import org.equicity.monitoring.collection.SurveyAnswers.Text;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyTextRepository extends JpaRepository<Text, UUID> {

    List<Text> findBySurveyIdAndReviewOrderByAnswer(UUID surveyId, Review review);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SurveyText t where t.surveyId = :surveyId")
    int deleteOfSurvey(UUID surveyId);
}
