package org.equicity.assessment;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewReminderRepository extends JpaRepository<ReviewReminderRecord, UUID> {

    boolean existsByPlanIdAndDue(UUID planId, LocalDate due);
}
