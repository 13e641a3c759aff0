package org.equicity.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.equicity.report.Reports.ActionCount;
import org.equicity.report.Reports.ActionDimension;
import org.equicity.report.Reports.ReportingRate;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Public aggregates over a network's reports, counted in the database; only accepted reports' actions count. */
@Component
@Transactional(readOnly = true)
class ReportCounts {

    private final CycleRepository cycles;

    @PersistenceContext
    private EntityManager entityManager;

    ReportCounts(CycleRepository cycles) {
        this.cycles = cycles;
    }

    List<ReportingRate> reportingRates(NetworkId network) {
        var found = cycles.findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(network.value());
        if (found.isEmpty()) {
            return List.of();
        }
        var byStatus = new HashMap<UUID, Map<ReportStatus, Long>>();
        entityManager
                .createQuery(
                        "select r.cycleId, r.status, count(r) from CityReport r where r.cycleId in :cycles"
                                + " group by r.cycleId, r.status",
                        Object[].class)
                .setParameter(
                        "cycles",
                        found.stream().map(cycle -> cycle.id().value()).toList())
                .getResultList()
                .forEach(row -> byStatus.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(ReportStatus.class))
                        .put((ReportStatus) row[1], (Long) row[2]));
        var rates = new ArrayList<ReportingRate>();
        for (int i = found.size() - 1; i >= 0; i--) {
            var cycle = found.get(i);
            var counts = byStatus.getOrDefault(cycle.id().value(), Map.of());
            var accepted = counts.getOrDefault(ReportStatus.ACCEPTED, 0L);
            var submitted = accepted
                    + counts.getOrDefault(ReportStatus.SUBMITTED, 0L)
                    + counts.getOrDefault(ReportStatus.RETURNED, 0L);
            rates.add(new ReportingRate(
                    cycle.id(),
                    cycle.name(),
                    cycle.periodFrom(),
                    cycle.periodTo(),
                    cycle.framework(),
                    cycle.participants().size(),
                    (int) submitted,
                    accepted.intValue()));
        }
        return rates;
    }

    List<ActionCount> acceptedActionCounts(NetworkId network, CycleId cycle, ActionDimension by) {
        var code = switch (by) {
            case COMMITMENT -> "a.commitment";
            case TRACK -> "a.track";
            case FIELD_OF_ACTIVITY -> "f";
        };
        var from = by == ActionDimension.FIELD_OF_ACTIVITY
                ? " from AcceptedActionRecord a left join a.fields f"
                : " from AcceptedActionRecord a";
        var query = entityManager.createQuery(
                "select a.cycleId, a.cityId, " + code + ", count(a)" + from + " where a.networkId = :network"
                        + (cycle == null ? "" : " and a.cycleId = :cycle")
                        + " group by a.cycleId, a.cityId, " + code,
                Object[].class);
        query.setParameter("network", network.value());
        if (cycle != null) {
            query.setParameter("cycle", cycle.value());
        }
        return query.getResultList().stream()
                .map(row -> new ActionCount(
                        new CycleId((UUID) row[0]), new CityId((UUID) row[1]), (String) row[2], (Long) row[3]))
                .toList();
    }
}
