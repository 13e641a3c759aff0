package org.equicity.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import org.equicity.indicator.Indicators.Cell;
import org.equicity.indicator.Indicators.CellStatus;

/** One cell of one period of an indicator; a period's cells are replaced together when it is recorded again. */
@Entity
@Table(name = "indicator_observation")
class Observation {

    @Id
    private UUID id;

    @Column(name = "indicator_id", nullable = false, updatable = false)
    private UUID indicatorId;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private String dimension;

    @Column(nullable = false, updatable = false)
    private String category;

    @Column(name = "observed_value", updatable = false)
    private BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CellStatus status;

    @Column(name = "dimension_version", updatable = false)
    private String dimensionVersion;

    protected Observation() {}

    Observation(IndicatorId indicator, Period period, Cell cell, String dimensionVersion) {
        this.dimensionVersion = dimensionVersion;
        this.id = UUID.randomUUID();
        this.indicatorId = indicator.value();
        this.period = period.toString();
        this.dimension = cell.dimension();
        this.category = cell.category();
        this.value = cell.value();
        this.status = cell.status();
    }

    UUID indicatorId() {
        return indicatorId;
    }

    Period period() {
        return Period.parse(period);
    }

    /** The version of its dimension the cell was recorded against; null for the total and the departments. */
    String dimensionVersion() {
        return dimensionVersion;
    }

    Cell cell() {
        return new Cell(dimension, category, value, status);
    }
}
