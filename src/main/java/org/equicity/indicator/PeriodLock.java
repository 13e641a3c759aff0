package org.equicity.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A period the coordinator approved: its figures are published and change only after an unlock. */
@Entity
@Table(name = "indicator_period_lock")
class PeriodLock {

    @Id
    private UUID id;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(name = "locked_at", nullable = false, updatable = false)
    private Instant lockedAt;

    @Column(name = "locked_by", nullable = false, updatable = false)
    private String lockedBy;

    protected PeriodLock() {}

    PeriodLock(IndicatorId indicator, Period period, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.indicatorId = indicator.value();
        this.period = period.toString();
        this.lockedAt = at;
        this.lockedBy = by;
    }

    UUID indicatorId() {
        return indicatorId;
    }

    Period period() {
        return Period.parse(period);
    }
}
