package org.equicity.monitoring.collection;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.monitoring.ProgrammeId;
import org.equicity.monitoring.collection.DataCollection.Audience;
import org.equicity.monitoring.collection.DataCollection.DatasetKind;
import org.equicity.monitoring.collection.DataCollection.NewDataset;
import org.equicity.monitoring.collection.DataCollection.Protection;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;

/** A dataset of a programme with what data protection asks to know of it. */
@Entity
@Table(name = "collection_dataset")
class Dataset {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DatasetKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "consent_method")
    private @Nullable String consentMethod;

    private @Nullable String dimension;

    @Column(name = "retention_months", nullable = false)
    private int retentionMonths;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @ElementCollection
    @CollectionTable(name = "collection_dataset_district", joinColumns = @JoinColumn(name = "dataset_id"))
    @OrderColumn(name = "position")
    @Column(name = "district")
    private List<String> districts = new ArrayList<>();

    @Version
    private long version;

    protected Dataset() {}

    Dataset(CityId city, ProgrammeId programme, NewDataset dataset, LocalDate today) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.programmeId = programme.value();
        this.kind = dataset.kind();
        this.title = dataset.title();
        var protection = dataset.protection();
        this.purpose = protection.purpose();
        this.legalBasis = protection.legalBasis();
        this.consentMethod = protection.consentMethod();
        this.retentionMonths = protection.retentionMonths();
        this.audience = protection.audience();
        this.dimension = dataset.dimension();
        this.districts.addAll(dataset.districts());
        this.createdOn = today;
    }

    DatasetId id() {
        return new DatasetId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programmeId);
    }

    DatasetKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    @Nullable
    String dimension() {
        return dimension;
    }

    List<String> districts() {
        return List.copyOf(districts);
    }

    LocalDate createdOn() {
        return createdOn;
    }

    int retentionMonths() {
        return retentionMonths;
    }

    /** The day before which a record's date lies when it is past retention on {@code today}. */
    LocalDate keptSince(LocalDate today) {
        return today.minusMonths(retentionMonths);
    }

    Audience audience() {
        return audience;
    }

    Protection protection() {
        return new Protection(purpose, legalBasis, consentMethod, retentionMonths, audience);
    }

    long version() {
        return version;
    }
}
