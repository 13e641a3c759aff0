package org.equicity.monitoring.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.equicity.monitoring.collection.DataCollection.Incident;
import org.equicity.monitoring.collection.DataCollection.IncidentEntry;

/** An incident reported to an office or a counselling service, held as codes only: nothing names a person. */
@Entity
@Table(name = "collection_incident")
class IncidentRecord {

    @Id
    private UUID id;

    @Column(name = "dataset_id", nullable = false, updatable = false)
    private UUID datasetId;

    /** The first day of the month it occurred in: a finer date is not kept. */
    @Column(name = "occurred_in", nullable = false, updatable = false)
    private LocalDate occurredIn;

    @Column(nullable = false, updatable = false)
    private String district;

    @Column(name = "life_sphere", nullable = false, updatable = false)
    private String lifeSphere;

    @Column(name = "incident_form", nullable = false, updatable = false)
    private String form;

    @Column(name = "incident_response", nullable = false, updatable = false)
    private String response;

    @ElementCollection
    @CollectionTable(name = "collection_incident_ground", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "ground")
    private Set<String> grounds = new TreeSet<>();

    protected IncidentRecord() {}

    IncidentRecord(DatasetId dataset, IncidentEntry entry) {
        this.id = UUID.randomUUID();
        this.datasetId = dataset.value();
        this.occurredIn = entry.month().atDay(1);
        this.district = entry.district();
        this.lifeSphere = entry.lifeSphere();
        this.form = entry.form();
        this.response = entry.response();
        this.grounds.addAll(entry.grounds());
    }

    UUID id() {
        return id;
    }

    String district() {
        return district;
    }

    Set<String> grounds() {
        return Set.copyOf(grounds);
    }

    Incident view() {
        return new Incident(
                id,
                new IncidentEntry(
                        YearMonth.from(occurredIn), district, List.copyOf(grounds), lifeSphere, form, response));
    }
}
