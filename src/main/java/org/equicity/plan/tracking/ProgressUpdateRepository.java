package org.equicity.plan.tracking;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, UUID> {

    List<ProgressUpdate> findByPlanId(UUID planId);

    List<ProgressUpdate> findByActionIdOrderByReportedOnDescRecordedAtDesc(UUID actionId);

    long countByActionId(UUID actionId);

    /** The date of each action's latest progress update; actions without updates are left out. */
    default Map<ActionId, LocalDate> latestByAction(PlanId plan) {
        var latest = new HashMap<ActionId, LocalDate>();
        for (var update : findByPlanId(plan.value())) {
            latest.merge(update.action(), update.reportedOn(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return latest;
    }
}
