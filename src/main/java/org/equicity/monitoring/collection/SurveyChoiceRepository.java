package org.equicity.monitoring.collection;

import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.collection.SurveyAnswers.Choice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyChoiceRepository extends JpaRepository<Choice, UUID> {

    @Query("select new org.equicity.monitoring.collection.OptionTally(c.question, c.choice, count(c))"
            + " from SurveyChoice c where c.surveyId = :surveyId group by c.question, c.choice")
    List<OptionTally> tally(UUID surveyId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SurveyChoice c where c.surveyId = :surveyId")
    int deleteOfSurvey(UUID surveyId);
}
