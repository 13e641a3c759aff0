package org.equicity.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** A city's report for one cycle, as the city is writing it; what it submitted is kept in {@link Submission}s. */
@Entity
@Table(name = "city_report")
class CityReport {

    @Id
    private UUID id;

    @Column(name = "cycle_id", nullable = false)
    private UUID cycleId;

    @Column(name = "city_id", nullable = false)
    private UUID cityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    @Column(nullable = false)
    private String language;

    @Column(nullable = false)
    private String content;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "monitoring_shared")
    private String monitoringShared;

    @Version
    private long version;

    protected CityReport() {}

    CityReport(CycleId cycle, CityId city, ReportContent content, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.cycleId = cycle.value();
        this.cityId = city.value();
        this.status = ReportStatus.DRAFT;
        this.createdAt = createdAt;
        this.statusChangedAt = createdAt;
        write(content);
    }

    ReportId id() {
        return new ReportId(id);
    }

    CycleId cycle() {
        return new CycleId(cycleId);
    }

    CityId city() {
        return new CityId(cityId);
    }

    ReportStatus status() {
        return status;
    }

    Instant statusChangedAt() {
        return statusChangedAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    long version() {
        return version;
    }

    ReportContent content() {
        return ReportJson.read(content);
    }

    void revise(long expectedVersion, ReportContent revised) {
        checkVersion(expectedVersion);
        if (!status.isEditable()) {
            throw new RuleViolationException("report.rule.not-editable");
        }
        write(revised);
    }

    /**
     * The published monitoring reports (their programmes) the city picked to share, or null where it has not picked:
     * then the latest edition of each is shared.
     */
    List<UUID> monitoringShared() {
        if (monitoringShared == null) {
            return null;
        }
        return Arrays.stream(monitoringShared.split(","))
                .filter(id -> !id.isEmpty())
                .map(UUID::fromString)
                .toList();
    }

    /** The caller has checked that each is a published monitoring report of the city. */
    void shareMonitoring(List<UUID> programmes) {
        if (!status.isEditable()) {
            throw new RuleViolationException("report.rule.not-editable");
        }
        monitoringShared = programmes.stream().distinct().map(UUID::toString).collect(Collectors.joining(","));
    }

    /** The caller freezes {@link #content()} as the new version. */
    void submit(long expectedVersion, Instant now) {
        checkVersion(expectedVersion);
        if (!status.isEditable()) {
            throw new RuleViolationException("report.rule.not-editable");
        }
        moveTo(ReportStatus.SUBMITTED, now);
    }

    void accept(Instant now) {
        requireSubmitted();
        moveTo(ReportStatus.ACCEPTED, now);
    }

    void returnForRevision(Instant now) {
        requireSubmitted();
        moveTo(ReportStatus.RETURNED, now);
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new RuleViolationException("report.rule.not-submitted");
        }
    }

    private void moveTo(ReportStatus next, Instant now) {
        status = next;
        statusChangedAt = now;
    }

    private void checkVersion(long expectedVersion) {
        if (expectedVersion != version) {
            throw new ObjectOptimisticLockingFailureException(CityReport.class, id);
        }
    }

    private void write(ReportContent revised) {
        this.language = revised.language();
        this.content = ReportJson.write(revised);
    }
}
