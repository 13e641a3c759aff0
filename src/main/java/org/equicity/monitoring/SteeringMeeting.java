package org.equicity.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.monitoring.Monitoring.Meeting;
import org.equicity.monitoring.Monitoring.MeetingId;
import org.equicity.monitoring.Monitoring.MeetingNotes;
import org.jspecify.annotations.Nullable;

/** A meeting of a steering group; its minutes are an internal document of the city. */
@Entity
@Table(name = "monitoring_steering_meeting")
class SteeringMeeting {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    private @Nullable String participants;

    @Column(nullable = false)
    private String minutes;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SteeringMeeting() {}

    SteeringMeeting(ProgrammeId programme, MeetingNotes notes, Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.value();
        this.heldOn = notes.heldOn();
        this.participants = notes.participants();
        this.minutes = notes.minutes();
        this.recordedAt = recordedAt;
    }

    MeetingId id() {
        return new MeetingId(id);
    }

    Meeting view() {
        return new Meeting(new MeetingId(id), new MeetingNotes(heldOn, participants, minutes), recordedAt);
    }
}
