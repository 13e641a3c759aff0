package org.equicity.plan.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.plan.ActionId;

/** That the update of an action due on a date has been announced: kept so that it is announced once. */
@Entity
@Table(name = "progress_update_reminder")
class UpdateReminderRecord {

    @Id
    private UUID id;

    @Column(name = "action_id", nullable = false)
    private UUID actionId;

    @Column(nullable = false)
    private LocalDate due;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected UpdateReminderRecord() {}

    UpdateReminderRecord(ActionId action, LocalDate due, Instant publishedAt) {
        this.id = UUID.randomUUID();
        this.actionId = action.value();
        this.due = due;
        this.publishedAt = publishedAt;
    }
}
