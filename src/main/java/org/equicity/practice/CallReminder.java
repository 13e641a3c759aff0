package org.equicity.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That a member city was reminded of a call, so that it is reminded once. */
@Entity
@Table(name = "practice_call_reminder")
@IdClass(CallReminder.Key.class)
class CallReminder {

    record Key(UUID callId, UUID cityId) implements Serializable {}

    @Id
    @Column(name = "call_id")
    private UUID callId;

    @Id
    @Column(name = "city_id")
    private UUID cityId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected CallReminder() {}

    CallReminder(UUID callId, UUID cityId, Instant sentAt, int recipients) {
        this.callId = callId;
        this.cityId = cityId;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }
}
