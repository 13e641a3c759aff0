package org.equicity.report;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<ReminderRecord, UUID> {

    boolean existsByCycleIdAndCityIdAndKind(UUID cycleId, UUID cityId, ReminderKind kind);

    List<ReminderRecord> findByCycleIdOrderBySentAtDesc(UUID cycleId);
}
