package org.equicity.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.equicity.people.Access;
import org.equicity.report.Reports.PublicReport;
import org.equicity.report.Reports.ReportExport;
import org.equicity.report.Reports.VersionSummary;
import org.equicity.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report whole, for print and export and for the public: as it stands now (with its indicators' figures as
 * published now), as a submitted version froze it, or as the secretariat accepted it.
 */
@Component
@Transactional(readOnly = true)
class ReportExports {

    private final CityReportRepository reports;
    private final ReportLookup lookup;
    private final ReportGrouping grouping;
    private final ReportIndicators indicators;
    private final Access access;

    ReportExports(
            CityReportRepository reports,
            ReportLookup lookup,
            ReportGrouping grouping,
            ReportIndicators indicators,
            Access access) {
        this.reports = reports;
        this.lookup = lookup;
        this.grouping = grouping;
        this.indicators = indicators;
        this.access = access;
    }

    ReportExport export(ReportId id) {
        var report = lookup.reportOf(id);
        var cycle = lookup.cycleOf(report.cycle());
        lookup.requireReportReader(report, cycle);
        var versions = lookup.versionsOf(id);
        if (report.status().isEditable() || versions.isEmpty()) {
            var content = report.content();
            return export(report, cycle, null, report.status(), null, content, indicators.of(report.city(), content));
        }
        var latest = versions.get(versions.size() - 1);
        return export(
                report,
                cycle,
                latest.number(),
                report.status(),
                latest.summary(),
                latest.content(),
                latest.indicators());
    }

    ReportExport exportVersion(ReportId id, int number) {
        var report = lookup.reportOf(id);
        var submission = lookup.submission(id, number);
        var summary = submission.summary();
        return export(
                report,
                lookup.cycleOf(report.cycle()),
                number,
                summary.outcome() == null ? ReportStatus.SUBMITTED : summary.outcome(),
                summary,
                submission.content(),
                submission.indicators());
    }

    List<ReportExport> acceptedReports(CycleId id) {
        var cycle = lookup.cycleOf(id);
        access.requireNetworkManagement(cycle.network());
        var result = new ArrayList<ReportExport>();
        for (var report : reports.findByCycleId(id.value())) {
            if (report.status() != ReportStatus.ACCEPTED) {
                continue;
            }
            lookup.versionsOf(report.id()).stream()
                    .filter(version -> version.summary().outcome() == ReportStatus.ACCEPTED)
                    .reduce((first, second) -> second)
                    .ifPresent(accepted -> result.add(export(
                            report,
                            cycle,
                            accepted.number(),
                            ReportStatus.ACCEPTED,
                            accepted.summary(),
                            accepted.content(),
                            accepted.indicators())));
        }
        result.sort(Comparator.comparing(ReportExport::cityName, String.CASE_INSENSITIVE_ORDER));
        return result;
    }

    PublicReport publicReport(ReportId id) {
        var report = reports.findById(id.value())
                .filter(candidate -> candidate.status() == ReportStatus.ACCEPTED)
                .orElseThrow(() -> new NotFoundException("Report", id.value()));
        var cycle = lookup.cycleOf(report.cycle());
        var city = lookup.city(report.city());
        var versions = lookup.versionsOf(id);
        var accepted = versions.get(versions.size() - 1);
        var content = accepted.content();
        return new PublicReport(
                id,
                lookup.summary(cycle),
                cycle.framework(),
                city.id(),
                city.slug(),
                city.name(),
                accepted.number(),
                accepted.summary().decidedAt(),
                content,
                grouping.byCommitment(cycle, content));
    }

    private ReportExport export(
            CityReport report,
            Cycle cycle,
            Integer number,
            ReportStatus status,
            VersionSummary version,
            ReportContent content,
            List<ReportedIndicator> carried) {
        var city = lookup.city(report.city());
        return new ReportExport(
                report.id(),
                lookup.summary(cycle),
                cycle.framework(),
                city.id(),
                city.slug(),
                city.name(),
                number,
                status,
                version == null ? null : version.submittedAt(),
                version == null ? null : version.decidedAt(),
                content,
                grouping.byCommitment(cycle, content),
                carried);
    }
}
