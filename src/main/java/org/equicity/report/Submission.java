package org.equicity.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.report.Reports.VersionSummary;

/**
 * One submitted version of a report: its content and its indicators' published figures frozen as JSON at
 * submission, so later edits of plans, profile, figures or the report itself never change it. Only the secretariat's decision is added later.
 */
@Entity
@Table(name = "city_report_version")
class Submission {

    @Id
    private UUID id;

    @Column(name = "report_id", nullable = false)
    private UUID reportId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(updatable = false)
    private String indicators;

    @Column(updatable = false)
    private String monitoring;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    private ReportStatus outcome;

    @Column(name = "decided_at")
    private Instant decidedAt;

    private String comments;

    protected Submission() {}

    Submission(
            ReportId report,
            int number,
            ReportContent content,
            List<ReportedIndicator> indicators,
            List<ReportedMonitoring> monitoring,
            Instant submittedAt) {
        this.id = UUID.randomUUID();
        this.reportId = report.value();
        this.number = number;
        this.content = ReportJson.write(content);
        this.indicators = ReportIndicators.write(indicators);
        this.monitoring = ReportMonitoring.write(monitoring);
        this.submittedAt = submittedAt;
    }

    int number() {
        return number;
    }

    ReportContent content() {
        return ReportJson.read(content);
    }

    /** The indicators as published at submission; none for versions submitted before reports carried them. */
    List<ReportedIndicator> indicators() {
        return ReportIndicators.read(indicators);
    }

    /** The monitoring shared at submission; null where the cycle did not ask, or before reports could share it. */
    List<ReportedMonitoring> monitoring() {
        return ReportMonitoring.read(monitoring);
    }

    String json() {
        return content;
    }

    void decide(ReportStatus decision, String comments, Instant decidedAt) {
        this.outcome = decision;
        this.comments = comments;
        this.decidedAt = decidedAt;
    }

    VersionSummary summary() {
        return new VersionSummary(number, submittedAt, outcome, decidedAt, comments);
    }
}
