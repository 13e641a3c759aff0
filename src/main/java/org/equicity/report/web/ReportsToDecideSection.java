package org.equicity.report.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equicity.people.Role;
import org.equicity.people.WorkListSection;
import org.equicity.report.ReportStatus;
import org.equicity.report.Reports;
import org.springframework.stereotype.Component;

/**
 * On a network secretariat's work list: the reports cities submitted and nobody has accepted or returned yet,
 * linking to the report where the secretariat decides.
 */
@Component
class ReportsToDecideSection implements WorkListSection {

    private final Reports reports;

    ReportsToDecideSection(Reports reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 44;
    }

    @Override
    public Optional<Section> forReader(Reader reader, LocalDate today) {
        var networks = reader.networksWhere(Role.NETWORK_SECRETARIAT);
        if (networks.isEmpty()) {
            return Optional.empty();
        }
        var entries = networks.stream()
                .flatMap(network -> reports.cyclesOf(network).stream())
                .map(cycle -> reports.cycle(cycle.id()))
                .flatMap(cycle -> cycle.participants().stream()
                        .filter(participant -> participant.status() == ReportStatus.SUBMITTED)
                        .map(participant -> new Entry(
                                "/manage/networks/" + cycle.networkSlug() + "/cycles/"
                                        + cycle.summary().id().value() + "/reports/"
                                        + participant.report().value(),
                                "report.worklist.decide.entry",
                                List.of(
                                        participant.cityName(),
                                        cycle.summary().name(),
                                        cycle.summary().networkName()),
                                null,
                                "report.worklist.decide.deadline",
                                List.of(cycle.summary().deadline()),
                                false)))
                .toList();
        return Optional.of(new Section("report.worklist.decide.heading", "report.worklist.decide.none", entries));
    }
}
