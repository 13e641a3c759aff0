package org.equicity.practice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.shared.NetworkId;

/** A published document a network imported practices from, by its title; later editions update it. */
@Entity
@Table(name = "practice_collection")
class PracticeCollection {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(nullable = false)
    private String title;

    private String publisher;

    private String published;

    private String address;

    @Version
    private long version;

    protected PracticeCollection() {}

    PracticeCollection(NetworkId network, SourceDocument document) {
        this.id = UUID.randomUUID();
        this.networkId = network.value();
        describe(document);
    }

    CollectionId id() {
        return new CollectionId(id);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    SourceDocument document() {
        return new SourceDocument(title, publisher, published, address);
    }

    /** The latest edition's publisher, date and address. */
    void describe(SourceDocument document) {
        this.title = document.title();
        this.publisher = document.publisher();
        this.published = document.date();
        this.address = document.address();
    }
}
