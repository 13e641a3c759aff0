package org.equicity.city;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.equicity.city.Cities.DepartmentSummary;
import org.equicity.shared.DepartmentId;

/** A department of the city administration; part of the {@link City} aggregate, changed only through it. */
@Entity
@Table(name = "department")
class Department {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "city_id")
    private City city;

    @Column(nullable = false)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Department() {}

    Department(City city, String name, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.city = city;
        this.name = name;
        this.createdAt = createdAt;
    }

    DepartmentId id() {
        return new DepartmentId(id);
    }

    String name() {
        return name;
    }

    void rename(String name) {
        this.name = name;
    }

    DepartmentSummary summary() {
        return new DepartmentSummary(id(), city.id(), name);
    }
}
