package org.equicity.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.practice.Provenance.OutsideDesignation;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.shared.PersonId;

/** A practice's provenance and the outside body that designated it, as kept with the practice. */
@Embeddable
class PracticeOrigin {

    @Column(name = "source_title")
    private String sourceTitle;

    @Column(name = "source_publisher")
    private String sourcePublisher;

    @Column(name = "source_date")
    private String sourceDate;

    @Column(name = "source_address")
    private String sourceAddress;

    @Column(name = "source_locator")
    private String sourceLocator;

    @Column(name = "collection_id")
    private UUID collectionId;

    @Column(name = "collection_key")
    private String collectionKey;

    @Column(name = "imported_by")
    private UUID importedBy;

    @Column(name = "imported_at")
    private Instant importedAt;

    @Column(name = "designated_by")
    private String designatedBy;

    @Column(name = "designated_on")
    private LocalDate designatedOn;

    @Column(name = "designation_source")
    private String designationSource;

    Provenance provenance() {
        if (sourceTitle == null) {
            return null;
        }
        return new Provenance(
                new SourceDocument(sourceTitle, sourcePublisher, sourceDate, sourceAddress),
                sourceLocator,
                collectionId == null ? null : new CollectionId(collectionId),
                importedBy == null ? null : new PersonId(importedBy),
                importedAt);
    }

    /** Keeps the collection and its key: a practice stays in the collection it was imported in. */
    void record(Provenance provenance) {
        var document = provenance.document();
        this.sourceTitle = document.title();
        this.sourcePublisher = document.publisher();
        this.sourceDate = document.date();
        this.sourceAddress = document.address();
        this.sourceLocator = provenance.locator();
        if (provenance.collection() != null) {
            this.collectionId = provenance.collection().value();
            this.importedBy = provenance.importedBy() == null
                    ? null
                    : provenance.importedBy().value();
            this.importedAt = provenance.importedAt();
        }
    }

    void collectedAs(CollectionId collection, String key) {
        this.collectionId = collection.value();
        this.collectionKey = key;
    }

    String collectionKey() {
        return collectionKey;
    }

    OutsideDesignation outsideDesignation() {
        return designatedBy == null ? null : new OutsideDesignation(designatedBy, designatedOn, designationSource);
    }

    void designatedBy(OutsideDesignation designation) {
        this.designatedBy = designation.body();
        this.designatedOn = designation.on();
        this.designationSource = designation.source();
    }
}
