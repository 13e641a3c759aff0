package org.equicity.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;

/** A reporting cycle of a network: what period the participating cities report on, and by when. */
@Entity
@Table(name = "report_cycle")
class Cycle {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false)
    private String name;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private String framework;

    @Column(nullable = false)
    private String criteria;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @ElementCollection
    @CollectionTable(name = "report_cycle_city", joinColumns = @JoinColumn(name = "cycle_id"))
    @Column(name = "city_id", nullable = false)
    private Set<UUID> cities = new LinkedHashSet<>();

    @Column(name = "monitoring_asked", nullable = false)
    private boolean monitoringAsked;

    @Version
    private long version;

    protected Cycle() {}

    Cycle(
            Reports.NewCycle command,
            List<CityId> participants,
            FrameworkRef framework,
            FrameworkRef criteria,
            Instant openedAt) {
        this.id = UUID.randomUUID();
        this.networkId = command.network().value();
        this.name = command.name();
        this.periodFrom = command.periodFrom();
        this.periodTo = command.periodTo();
        this.deadline = command.deadline();
        this.framework = framework.toString();
        this.criteria = criteria.toString();
        this.openedAt = openedAt;
        participants.forEach(city -> cities.add(city.value()));
    }

    CycleId id() {
        return new CycleId(id);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    String name() {
        return name;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    LocalDate deadline() {
        return deadline;
    }

    FrameworkRef framework() {
        return FrameworkRef.parse(framework);
    }

    FrameworkRef criteria() {
        return FrameworkRef.parse(criteria);
    }

    boolean includes(CityId city) {
        return cities.contains(city.value());
    }

    List<CityId> participants() {
        return cities.stream().map(CityId::new).toList();
    }

    /** Whether the cities' reports share their published monitoring with the network. */
    boolean monitoringAsked() {
        return monitoringAsked;
    }

    void askForMonitoring(boolean asked) {
        this.monitoringAsked = asked;
    }

    /** Whether an action running from {@code start} to {@code end} (either may be open) falls into the period. */
    boolean overlaps(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return false;
        }
        return (start == null || !start.isAfter(periodTo)) && (end == null || !end.isBefore(periodFrom));
    }
}
