package org.equicity.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.shared.CityId;

/** A practice a member city gave in answer to a call. */
@Entity
@Table(name = "practice_call_answer")
class CallAnswer {

    @Id
    private UUID id;

    @Column(name = "call_id", nullable = false)
    private UUID callId;

    @Column(name = "city_id", nullable = false)
    private UUID cityId;

    @Column(name = "practice_id", nullable = false)
    private UUID practiceId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected CallAnswer() {}

    CallAnswer(CallId call, CityId city, PracticeId practice, Instant at) {
        this.id = UUID.randomUUID();
        this.callId = call.value();
        this.cityId = city.value();
        this.practiceId = practice.value();
        this.answeredAt = at;
    }

    CallId call() {
        return new CallId(callId);
    }

    CityId city() {
        return new CityId(cityId);
    }

    PracticeId practice() {
        return new PracticeId(practiceId);
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
