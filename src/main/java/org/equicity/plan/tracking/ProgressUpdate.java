package org.equicity.plan.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.PlanId;
import org.equicity.plan.support.LinesConverter;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.equicity.plan.tracking.PlanTracking.ProgressUpdateId;
import org.equicity.plan.tracking.PlanTracking.ProgressUpdateView;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * A progress update a department posted for an action. Never changed, the history of an action being its updates,
 * except for the language its texts are recorded in, which a writer who picked the wrong one corrects.
 */
@Entity
@Table(name = "plan_progress_update")
class ProgressUpdate {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "action_id", nullable = false, updatable = false)
    private UUID actionId;

    @Column(name = "reported_on", nullable = false, updatable = false)
    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ActionStatus status;

    @Column(nullable = false, updatable = false)
    private int progress;

    @Column(updatable = false)
    private String narrative;

    @Column(updatable = false)
    private String challenges;

    @Convert(converter = LinesConverter.class)
    @Column(name = "evidence_links", updatable = false)
    private List<String> evidenceLinks;

    @Column(name = "author_id", updatable = false)
    private @Nullable UUID authorId;

    @Column(name = "author_name", updatable = false)
    private @Nullable String authorName;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    private String language;

    protected ProgressUpdate() {}

    ProgressUpdate(
            PlanId plan,
            ActionId action,
            ProgressReport report,
            @Nullable PersonId author,
            @Nullable String authorName,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.actionId = action.value();
        this.reportedOn = report.reportedOn();
        this.status = report.status();
        this.progress = report.progress();
        this.narrative = report.narrative();
        this.challenges = report.challenges();
        this.evidenceLinks = report.evidenceLinks();
        this.authorId = author == null ? null : author.value();
        this.authorName = authorName;
        this.recordedAt = recordedAt;
        this.language = report.language();
    }

    ProgressUpdateId id() {
        return new ProgressUpdateId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    void writtenIn(String language) {
        this.language = language;
    }

    ActionId action() {
        return new ActionId(actionId);
    }

    LocalDate reportedOn() {
        return reportedOn;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    ActionStatus status() {
        return status;
    }

    int progress() {
        return progress;
    }

    ProgressUpdateView view() {
        return new ProgressUpdateView(
                id(),
                action(),
                new ProgressReport(reportedOn, status, progress, narrative, challenges, evidenceLinks, language),
                authorName,
                recordedAt);
    }
}
