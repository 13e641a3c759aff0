package org.equicity.plan.tracking;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.plan.support.LinesConverter;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingId;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.jspecify.annotations.Nullable;

/** A department meeting, yearly follow-up or steering committee of a plan, with its minutes. */
@Entity
@Table(name = "plan_meeting")
class Meeting {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingKind kind;

    private String participants;

    private String minutes;

    @Convert(converter = LinesConverter.class)
    private List<String> actions;

    @Column(name = "recorded_by")
    private @Nullable String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    private String language;

    @Version
    private long version;

    protected Meeting() {}

    Meeting(PlanId plan, MeetingContent content, @Nullable String recordedBy, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.heldOn = content.heldOn();
        this.kind = content.kind();
        this.participants = content.participants();
        this.minutes = content.minutes();
        this.actions = content.actions().stream()
                .map(action -> action.value().toString())
                .toList();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.language = content.language();
    }

    MeetingId id() {
        return new MeetingId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    void writtenIn(String language) {
        this.language = language;
    }

    @Nullable
    String recordedBy() {
        return recordedBy;
    }

    MeetingContent content() {
        return new MeetingContent(
                heldOn,
                kind,
                participants,
                minutes,
                actions.stream().map(ActionId::parse).toList(),
                language);
    }
}
