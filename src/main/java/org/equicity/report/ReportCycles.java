package org.equicity.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.report.Reports.CycleSummary;
import org.equicity.report.Reports.CycleView;
import org.equicity.report.Reports.NewCycle;
import org.equicity.report.Reports.Participant;
import org.equicity.report.Reports.ReminderSent;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reporting cycles: opened by a network's secretariat, owed by the participating cities, reminded of by mail. */
@Component
@Transactional
class ReportCycles {

    static final FrameworkRef DEFAULT_COMMITMENTS = FrameworkRef.parse("eccar-commitments@2023");

    private final CycleRepository cycles;
    private final CityReportRepository reports;
    private final ReminderRepository reminders;
    private final ReportLookup lookup;
    private final Access access;
    private final Networks networks;
    private final Cities cities;
    private final Frameworks frameworks;
    private final Clock clock;

    ReportCycles(
            CycleRepository cycles,
            CityReportRepository reports,
            ReminderRepository reminders,
            ReportLookup lookup,
            Access access,
            Networks networks,
            Cities cities,
            Frameworks frameworks,
            Clock clock) {
        this.cycles = cycles;
        this.reports = reports;
        this.reminders = reminders;
        this.lookup = lookup;
        this.access = access;
        this.networks = networks;
        this.cities = cities;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CycleSummary> cyclesOf(NetworkId network) {
        access.requireNetworkManagement(network);
        var name = lookup.networkName(network);
        return cycles.findByNetworkIdOrderByPeriodFromDescOpenedAtDesc(network.value()).stream()
                .map(cycle -> ReportLookup.summary(cycle, name))
                .toList();
    }

    @Transactional(readOnly = true)
    CycleView cycle(CycleId id) {
        var cycle = lookup.cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        var network = networks.find(cycle.network()).orElseThrow(() -> new NotFoundException("Network", id));
        var byCity = reports.findByCycleId(id.value()).stream()
                .collect(Collectors.toMap(CityReport::city, Function.identity()));
        var participants = cycle.participants().stream()
                .flatMap(city -> cities.find(city).stream())
                .sorted(Comparator.comparing(Cities.CitySummary::name))
                .map(city -> {
                    // a draft is the city's alone: to the secretariat the city has not started its report yet
                    var report = Optional.ofNullable(byCity.get(city.id()))
                            .filter(found -> found.status() != ReportStatus.DRAFT || access.canManageCity(city.id()));
                    return new Participant(
                            city.id(),
                            city.slug(),
                            city.name(),
                            report.map(CityReport::id).orElse(null),
                            report.map(CityReport::status).orElse(null));
                })
                .toList();
        return new CycleView(
                ReportLookup.summary(cycle, network.name()),
                network.slug(),
                cycle.framework(),
                cycle.criteria(),
                cycle.monitoringAsked(),
                participants);
    }

    CycleId openCycle(NewCycle command) {
        access.requireNetworkManagement(command.network());
        var network =
                networks.find(command.network()).orElseThrow(() -> new NotFoundException("Network", command.network()));
        var members = networks.members(network.id()).stream()
                .filter(Networks.Member::isCurrent)
                .map(Networks.Member::city)
                .toList();
        var participants = command.cities().isEmpty() ? members : command.cities();
        if (new HashSet<>(participants).size() < participants.size()) {
            throw new RuleViolationException("report.rule.id-twice", "cities");
        }
        if (participants.isEmpty()) {
            throw new RuleViolationException("report.rule.no-participants");
        }
        participants.stream()
                .filter(city -> !members.contains(city))
                .findFirst()
                .ifPresent(city -> {
                    throw new RuleViolationException("report.rule.not-member", city.value());
                });
        var framework = command.framework() != null
                ? command.framework()
                : network.frameworks().stream()
                        .map(Networks.FrameworkUse::ref)
                        .filter(ref -> ref.id().endsWith("commitments"))
                        .findFirst()
                        .orElse(DEFAULT_COMMITMENTS);
        var criteria = command.criteria() != null ? command.criteria() : Reports.DEFAULT_CRITERIA;
        for (var ref : List.of(framework, criteria)) {
            if (frameworks.find(ref).isEmpty()) {
                throw new RuleViolationException("report.rule.framework", ref.toString());
            }
        }
        return cycles.save(new Cycle(command, participants, framework, criteria, clock.instant()))
                .id();
    }

    @Transactional(readOnly = true)
    List<DueReport> dueFor(CityId city) {
        lookup.requireCityReader(city);
        var byCycle = reports.findByCityId(city.value()).stream()
                .collect(Collectors.toMap(CityReport::cycle, Function.identity()));
        var today = LocalDate.now(clock);
        var names = new LinkedHashMap<NetworkId, String>();
        return cycles.findByParticipant(city.value()).stream()
                .map(cycle -> {
                    var report = Optional.ofNullable(byCycle.get(cycle.id()));
                    var status = report.map(CityReport::status).orElse(null);
                    var overdue = today.isAfter(cycle.deadline()) && (status == null || status.isEditable());
                    return new DueReport(
                            ReportLookup.summary(cycle, names.computeIfAbsent(cycle.network(), lookup::networkName)),
                            report.map(CityReport::id).orElse(null),
                            status,
                            report.map(CityReport::statusChangedAt).orElse(null),
                            overdue);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    List<ReminderSent> reminders(CycleId id) {
        var cycle = lookup.cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        var names = new LinkedHashMap<CityId, String>();
        return reminders.findByCycleIdOrderBySentAtDesc(id.value()).stream()
                .map(reminder -> reminder.view(names.computeIfAbsent(reminder.city(), lookup::cityName)))
                .toList();
    }
}
