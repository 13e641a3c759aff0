package org.equicity.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.report.Reports.ReminderSent;
import org.equicity.shared.CityId;

/** That a reminder went to a city's coordinators: kept so that it goes once, and shown to the secretariat. */
@Entity
@Table(name = "report_reminder")
class ReminderRecord {

    @Id
    private UUID id;

    @Column(name = "cycle_id", nullable = false)
    private UUID cycleId;

    @Column(name = "city_id", nullable = false)
    private UUID cityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReminderKind kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false)
    private int recipients;

    protected ReminderRecord() {}

    ReminderRecord(CycleId cycle, CityId city, ReminderKind kind, Instant sentAt, int recipients) {
        this.id = UUID.randomUUID();
        this.cycleId = cycle.value();
        this.cityId = city.value();
        this.kind = kind;
        this.sentAt = sentAt;
        this.recipients = recipients;
    }

    CityId city() {
        return new CityId(cityId);
    }

    ReminderSent view(String cityName) {
        return new ReminderSent(city(), cityName, kind, sentAt, recipients);
    }
}
