package org.equicity.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.equicity.city.Cities;
import org.equicity.people.Access;
import org.equicity.shared.CityId;
import org.equicity.shared.DepartmentId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monitoring reports facade. The coordinators write the report and move it through its approval; a contact of a
 * department the report addresses reads the report with its own department's findings only and attaches its
 * statement; the public reads only {@link #published}, built from the public parts alone.
 */
@Service
@Transactional
class MonitoringReportService implements MonitoringReports {

    private final ProgrammeReportRepository reports;
    private final ProgrammeRepository programmes;
    private final Cities cities;
    private final Access access;
    private final Clock clock;
    private final RecommendationTrackingRepository trackings;
    private final ApplicationEventPublisher events;
    private final PublicParts publicParts;

    MonitoringReportService(
            ProgrammeReportRepository reports,
            ProgrammeRepository programmes,
            Cities cities,
            Access access,
            Clock clock,
            RecommendationTrackingRepository trackings,
            ApplicationEventPublisher events,
            PublicParts publicParts) {
        this.publicParts = publicParts;
        this.trackings = trackings;
        this.events = events;
        this.reports = reports;
        this.programmes = programmes;
        this.cities = cities;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MonitoringReport report(ProgrammeId id) {
        var programme = programme(id);
        if (!access.canReadCity(programme.city())) {
            throw new AccessDeniedException("Monitoring is for the city's own people");
        }
        var coordinator = access.canManageCity(programme.city());
        var report = reports.findById(id.value()).orElse(null);
        if (report == null) {
            return new MonitoringReport(
                    id, 0, Stage.DRAFT, null, List.of(), null, null, null, null, List.of(), coordinator);
        }
        var text = report.text();
        var readable = coordinator
                ? text.findings()
                : text.findings().stream()
                        .filter(finding -> access.isDepartmentContact(programme.city(), finding.department()))
                        .toList();
        var shown = new ReportText(
                text.title(),
                text.sections(),
                readable,
                text.recommendations(),
                text.publicSummary(),
                text.easyToRead());
        var statements = report.statements().stream()
                .map(part -> new Statement(
                        new DepartmentId(part.department),
                        departmentName(new DepartmentId(part.department)),
                        part.body,
                        part.divergent,
                        part.at))
                .toList();
        return new MonitoringReport(
                id,
                report.version(),
                report.stage(),
                shown,
                statements,
                report.statementsDue(),
                report.presentedOn(),
                report.decision(),
                report.publishedAt(),
                report.addressed(),
                coordinator);
    }

    @Override
    public void write(ProgrammeId id, long version, ReportText text) {
        var programme = managed(id);
        for (var department : departmentsOf(text)) {
            var known = cities.department(department);
            if (known.isEmpty() || !known.get().city().equals(programme.city())) {
                throw RuleViolationException.about("findings", "monitoring.rule.foreign-department", "findings");
            }
        }
        var report = reports.findById(id.value()).orElse(null);
        if (report == null) {
            reports.save(new ProgrammeReport(programme, text));
            return;
        }
        checkVersion(report, version).write(text);
    }

    @Override
    public void recordDiscussion(ProgrammeId id, long version) {
        managedReport(id, version).recordDiscussion();
    }

    @Override
    public void askForStatements(ProgrammeId id, long version, LocalDate deadline) {
        managedReport(id, version).askForStatements(deadline);
    }

    @Override
    public void attachStatement(ProgrammeId id, DepartmentId department, StatementText statement) {
        var report = reports.findById(id.value()).orElseThrow(() -> new NotFoundException("Report", id.value()));
        if (!access.isDepartmentContact(report.city(), department)) {
            throw new AccessDeniedException("A department states its own opinion");
        }
        report.attachStatement(department, statement, clock.instant());
    }

    @Override
    public void recordCouncilPresentation(ProgrammeId id, long version, LocalDate presentedOn, String decision) {
        managedReport(id, version)
                .recordCouncilPresentation(
                        MonitoringRules.requireChosen(presentedOn, "presentedOn"),
                        MonitoringRules.RULES.required(decision, 2_000, "decision"));
    }

    /**
     * Publishes the report; from now on each recommendation is followed up, and everyone who provided information is
     * told (by {@link PublicationMails}).
     */
    @Override
    public void publish(ProgrammeId id, long version) {
        var report = managedReport(id, version);
        report.publish(clock.instant());
        var day = LocalDate.now(clock);
        for (int position = 0; position < report.text().recommendations().size(); position++) {
            trackings.save(new RecommendationTracking(id, report.city(), position, day));
        }
        events.publishEvent(new MonitoringReportPublished(id, report.city()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublishedReport> published(CityId city) {
        return reports.findByCityIdAndStageOrderByPublishedAtDesc(city.value(), Stage.PUBLISHED).stream()
                .map(publicParts::of)
                .toList();
    }

    private static List<DepartmentId> departmentsOf(ReportText text) {
        var departments = new ArrayList<DepartmentId>();
        text.findings().forEach(finding -> departments.add(finding.department()));
        text.recommendations().stream()
                .map(Recommendation::addressee)
                .filter(Objects::nonNull)
                .forEach(departments::add);
        return departments;
    }

    private String departmentName(@Nullable DepartmentId department) {
        return department == null
                ? ""
                : cities.department(department).map(d -> d.name()).orElse("");
    }

    private Programme programme(ProgrammeId id) {
        return programmes.findById(id.value()).orElseThrow(() -> new NotFoundException("Programme", id.value()));
    }

    private Programme managed(ProgrammeId id) {
        var programme = programme(id);
        access.requireCityManagement(programme.city());
        return programme;
    }

    private ProgrammeReport managedReport(ProgrammeId id, long version) {
        managed(id);
        var report = reports.findById(id.value()).orElseThrow(() -> new NotFoundException("Report", id.value()));
        return checkVersion(report, version);
    }

    private static ProgrammeReport checkVersion(ProgrammeReport report, long version) {
        if (report.version() != version) {
            throw new ObjectOptimisticLockingFailureException(
                    ProgrammeReport.class, report.programme().value());
        }
        return report;
    }
}
