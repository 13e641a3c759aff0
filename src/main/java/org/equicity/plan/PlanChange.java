package org.equicity.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.Plans.ChangeKind;
import org.equicity.plan.Plans.FieldChange;
import org.equicity.plan.Plans.HistoryEntry;
import org.equicity.plan.Plans.Subject;
import org.equicity.shared.PersonId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * One recorded change to a plan, a commitment, an action or a need: who, when, and each field from what to what.
 * Never updated. The fields are kept as JSON because they are only ever read whole, with their change.
 */
@Entity
@Table(name = "plan_change")
class PlanChange {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false)
    private UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Subject subject;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Column(name = "subject_label")
    private String subjectLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ChangeKind kind;

    @Column(name = "actor_id")
    private UUID actorId;

    @Column(name = "actor_name")
    private String actorName;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String changes;

    protected PlanChange() {}

    PlanChange(
            PlanId plan,
            Subject subject,
            UUID subjectId,
            String subjectLabel,
            ChangeKind kind,
            PersonId actor,
            String actorName,
            List<FieldChange> changes,
            Instant changedAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.subject = subject;
        this.subjectId = subjectId;
        this.subjectLabel =
                subjectLabel == null || subjectLabel.length() <= 300 ? subjectLabel : subjectLabel.substring(0, 300);
        this.kind = kind;
        this.actorId = actor == null ? null : actor.value();
        this.actorName = actorName;
        this.changedAt = changedAt;
        this.changes = JSON.writeValueAsString(changes);
    }

    HistoryEntry view() {
        List<FieldChange> fields = JSON.readValue(changes, new TypeReference<List<FieldChange>>() {});
        return new HistoryEntry(changedAt, actorName, subject, subjectLabel, kind, fields);
    }
}
