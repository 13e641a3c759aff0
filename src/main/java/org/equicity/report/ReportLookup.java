package org.equicity.report;

import java.util.List;
import org.equicity.city.Cities;
import org.equicity.network.Networks;
import org.equicity.people.Access;
import org.equicity.report.Reports.CycleSummary;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Finding cycles, reports and their versions, with the names they are shown under, and the rules of who reads them:
 * what every part of the report module asks before it shows or changes a report.
 */
@Component
class ReportLookup {

    private final CycleRepository cycles;
    private final CityReportRepository reports;
    private final SubmissionRepository submissions;
    private final Access access;
    private final Networks networks;
    private final Cities cities;

    ReportLookup(
            CycleRepository cycles,
            CityReportRepository reports,
            SubmissionRepository submissions,
            Access access,
            Networks networks,
            Cities cities) {
        this.cycles = cycles;
        this.reports = reports;
        this.submissions = submissions;
        this.access = access;
        this.networks = networks;
        this.cities = cities;
    }

    Cycle cycleOf(CycleId id) {
        return cycles.findById(id.value()).orElseThrow(() -> new NotFoundException("Cycle", id.value()));
    }

    CityReport reportOf(ReportId id) {
        return reports.findById(id.value()).orElseThrow(() -> new NotFoundException("Report", id.value()));
    }

    /** The report's submitted versions, the first first. */
    List<Submission> versionsOf(ReportId id) {
        return submissions.findByReportIdOrderByNumber(id.value());
    }

    /** A submitted version, for whoever may read the report. */
    Submission submission(ReportId id, int number) {
        var report = reportOf(id);
        requireReportReader(report, cycleOf(report.cycle()));
        return submissions
                .findByReportIdAndNumber(id.value(), number)
                .orElseThrow(() -> new NotFoundException("Report version", number));
    }

    Cities.CitySummary city(CityId city) {
        return cities.find(city).orElseThrow(() -> new NotFoundException("City", city));
    }

    String cityName(CityId city) {
        return cities.find(city).map(Cities.CitySummary::name).orElse("");
    }

    String networkName(NetworkId network) {
        return networks.find(network).map(Networks.NetworkDetails::name).orElse("");
    }

    /** The cycle as lists and exports show it, under its network's name. */
    CycleSummary summary(Cycle cycle) {
        return summary(cycle, networkName(cycle.network()));
    }

    static CycleSummary summary(Cycle cycle, String networkName) {
        return new CycleSummary(
                cycle.id(),
                cycle.network(),
                networkName,
                cycle.name(),
                cycle.periodFrom(),
                cycle.periodTo(),
                cycle.deadline());
    }

    void requireCityReader(CityId city) {
        if (!access.canReadCity(city)) {
            throw new AccessDeniedException("Reports are for the city's people");
        }
    }

    /** A draft is the city's alone; the secretariat reads a report from its first submission on. */
    void requireReportReader(CityReport report, Cycle cycle) {
        if (access.canReadCity(report.city())) {
            return;
        }
        if (!access.canManageNetwork(cycle.network())) {
            throw new AccessDeniedException("A report is for its city and its network's secretariat");
        }
        if (report.status() == ReportStatus.DRAFT) {
            throw new NotFoundException("Report", report.id().value());
        }
    }

    void requireReviewerOrSecretariat(NetworkId network) {
        if (!access.isReviewer(network)) {
            access.requireNetworkManagement(network);
        }
    }
}
