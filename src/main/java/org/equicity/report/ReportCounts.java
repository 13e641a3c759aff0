package org.equicity.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.report.Reports.AcceptedReportLink;
import org.equicity.report.Reports.ActionCount;
import org.equicity.report.Reports.ActionDimension;
import org.equicity.report.Reports.ReportingRate;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public aggregates over a network's reports, counted in the database, and the public links to accepted reports:
 * only accepted reports' actions count, and only accepted reports are linked.
 */
@Component
@Transactional(readOnly = true)
class ReportCounts implements LatestReports {

    private static final String ACCEPTED_REPORTS = "select r.id, c.id, c.name, r.cityId, r.statusChangedAt"
            + " from CityReport r, Cycle c where c.id = r.cycleId and r.status = :accepted";
    private static final String LATEST_CYCLE_FIRST = " order by c.periodFrom desc, c.openedAt desc";

    private final CycleRepository cycles;
    private final Cities cities;

    @PersistenceContext
    private EntityManager entityManager;

    ReportCounts(CycleRepository cycles, Cities cities) {
        this.cycles = cycles;
        this.cities = cities;
    }

    List<AcceptedReportLink> acceptedReportsOf(CityId city) {
        var found =
                cities.find(city).map(summary -> Map.of(summary.id(), summary)).orElse(Map.of());
        var query = entityManager
                .createQuery(ACCEPTED_REPORTS + " and r.cityId = :city" + LATEST_CYCLE_FIRST, Object[].class)
                .setParameter("accepted", ReportStatus.ACCEPTED)
                .setParameter("city", city.value());
        return links(query.getResultList(), found);
    }

    List<AcceptedReportLink> acceptedReportsOf(NetworkId network, CycleId cycle) {
        var query = entityManager
                .createQuery(
                        ACCEPTED_REPORTS + " and c.networkId = :network"
                                + (cycle == null ? "" : " and c.id = :cycle")
                                + LATEST_CYCLE_FIRST,
                        Object[].class)
                .setParameter("accepted", ReportStatus.ACCEPTED)
                .setParameter("network", network.value());
        if (cycle != null) {
            query.setParameter("cycle", cycle.value());
        }
        var all = cities.all().stream().collect(Collectors.toMap(CitySummary::id, Function.identity()));
        var links = links(query.getResultList(), all);
        var cycleOrder = new HashMap<CycleId, Integer>();
        links.forEach(link -> cycleOrder.putIfAbsent(link.cycle(), cycleOrder.size()));
        return links.stream()
                .sorted(Comparator.<AcceptedReportLink>comparingInt(link -> cycleOrder.get(link.cycle()))
                        .thenComparing(AcceptedReportLink::cityName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<AcceptedReportLink> latestAccepted(int limit) {
        var rows = entityManager
                .createQuery(ACCEPTED_REPORTS + " order by r.statusChangedAt desc", Object[].class)
                .setParameter("accepted", ReportStatus.ACCEPTED)
                .setMaxResults(limit)
                .getResultList();
        var found = new HashMap<CityId, CitySummary>();
        for (var row : rows) {
            var city = new CityId((UUID) row[3]);
            if (!found.containsKey(city)) {
                cities.find(city).ifPresent(summary -> found.put(city, summary));
            }
        }
        return links(rows, found);
    }

    /** The rows of {@link #ACCEPTED_REPORTS} as links; a report of a city that no longer exists is left out. */
    private static List<AcceptedReportLink> links(List<Object[]> rows, Map<CityId, CitySummary> cities) {
        var links = new ArrayList<AcceptedReportLink>();
        for (var row : rows) {
            var city = cities.get(new CityId((UUID) row[3]));
            if (city != null) {
                links.add(new AcceptedReportLink(
                        new ReportId((UUID) row[0]),
                        new CycleId((UUID) row[1]),
                        (String) row[2],
                        city.slug(),
                        city.name(),
                        (Instant) row[4]));
            }
        }
        return links;
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
