package org.equicity.plan.tracking;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface UpdateReminderRepository extends JpaRepository<UpdateReminderRecord, UUID> {

    boolean existsByActionIdAndDue(UUID actionId, LocalDate due);
}
