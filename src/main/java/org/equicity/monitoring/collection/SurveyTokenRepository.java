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

    /** Uses a token up: answers 1 for the one request that deleted it, 0 for any other with the same token. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SurveyToken t where t.hash = :hash")
    int use(String hash);
}
