package org.equicity.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.indicator.Indicators.ChangeKind;
import org.equicity.indicator.Indicators.HistoryEntry;

/** One entry of an indicator's history; never changed. */
@Entity
@Table(name = "indicator_history")
class IndicatorChange {

    @Id
    private UUID id;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ChangeKind kind;

    @Column(updatable = false)
    private String period;

    @Column(updatable = false)
    private String detail;

    protected IndicatorChange() {}

    IndicatorChange(IndicatorId indicator, Instant at, String actor, ChangeKind kind, Period period, String detail) {
        this.id = UUID.randomUUID();
        this.indicatorId = indicator.value();
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.period = period == null ? null : period.toString();
        this.detail = detail;
    }

    HistoryEntry entry() {
        return new HistoryEntry(at, actor, kind, period == null ? null : Period.parse(period), detail);
    }
}
