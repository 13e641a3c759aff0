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
    private final ReportMonitoring monitoring;
    private final Access access;

    ReportExports(
            CityReportRepository reports,
            ReportLookup lookup,
            ReportGrouping grouping,
            ReportIndicators indicators,
            ReportMonitoring monitoring,
            Access access) {
        this.reports = reports;
        this.lookup = lookup;
        this.grouping = grouping;
        this.indicators = indicators;
        this.monitoring = monitoring;
        this.access = access;
    }

    ReportExport export(ReportId id) {
        var report = lookup.reportOf(id);
        var cycle = lookup.cycleOf(report.cycle());
        lookup.requireReportReader(report, cycle);
        var versions = lookup.versionsOf(id);
        if (report.status().isEditable() || versions.isEmpty()) {
            var content = report.content();
            return export(
                    report,
                    cycle,
                    new Frozen(
                            null, null, content, indicators.of(report.city(), content), monitoring.of(report, cycle)),
                    report.status());
        }
        var latest = versions.get(versions.size() - 1);
        return export(report, cycle, Frozen.of(latest), report.status());
    }

    ReportExport exportVersion(ReportId id, int number) {
        var report = lookup.reportOf(id);
        var submission = lookup.submission(id, number);
        var summary = submission.summary();
        return export(
                report,
                lookup.cycleOf(report.cycle()),
                Frozen.of(submission),
                summary.outcome() == null ? ReportStatus.SUBMITTED : summary.outcome());
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
                    .ifPresent(
                            accepted -> result.add(export(report, cycle, Frozen.of(accepted), ReportStatus.ACCEPTED)));
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

    /** What an export states: a submitted version, or the current content (no number, no version) and figures. */
    private record Frozen(
            Integer number,
            VersionSummary version,
            ReportContent content,
            List<ReportedIndicator> indicators,
            List<ReportedMonitoring> monitoring) {

        static Frozen of(Submission submission) {
            return new Frozen(
                    submission.number(),
                    submission.summary(),
                    submission.content(),
                    submission.indicators(),
                    submission.monitoring());
        }
    }

    private ReportExport export(CityReport report, Cycle cycle, Frozen frozen, ReportStatus status) {
        var city = lookup.city(report.city());
        var version = frozen.version();
        var content = frozen.content();
        return new ReportExport(
                report.id(),
                lookup.summary(cycle),
                cycle.framework(),
                city.id(),
                city.slug(),
                city.name(),
                frozen.number(),
                status,
                version == null ? null : version.submittedAt(),
                version == null ? null : version.decidedAt(),
                content,
                grouping.byCommitment(cycle, content),
                frozen.indicators(),
                frozen.monitoring());
    }
}
