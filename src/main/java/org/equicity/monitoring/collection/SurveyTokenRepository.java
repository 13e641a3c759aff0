package org.equicity.monitoring.collection;

import java.util.UUID;
import org.equicity.monitoring.collection.SurveyAnswers.Token;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyTokenRepository extends JpaRepository<Token, String> {

    long countBySurveyId(UUID surveyId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SurveyToken t where t.surveyId = :surveyId")
    int deleteOfSurvey(UUID surveyId);
}
