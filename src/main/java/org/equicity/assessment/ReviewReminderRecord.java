package org.equicity.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.plan.PlanId;

/** That the review of a plan due on a date has been announced: kept so that it is announced once. */
@Entity
@Table(name = "plan_review_reminder")
class ReviewReminderRecord {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected ReviewReminderRecord() {}

    ReviewReminderRecord(PlanId plan, LocalDate due, Instant publishedAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.due = due;
        this.publishedAt = publishedAt;
    }
}
