package org.equicity.practice.importing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.practice.Provenance.OutsideDesignation;
import org.equicity.practice.Provenance.SourceDocument;
import org.equicity.practice.importing.PracticeImports.ImportId;
import org.equicity.practice.importing.PracticeImports.Status;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded compendium: its text, the document it is, the corrections (JSON) and the state of its import. Its
 * progress is written apart from the import's own transaction, so that it can be read while the import runs.
 */
@Entity
@Table(name = "practice_import")
class PracticeImport {

    @Id
    private UUID id;

    @Column(name = "network_id", nullable = false, updatable = false)
    private UUID networkId;

    @Column(name = "person_id", updatable = false)
    private @Nullable UUID personId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "source_title", nullable = false, updatable = false)
    private String sourceTitle;

    @Column(name = "source_publisher", updatable = false)
    private @Nullable String sourcePublisher;

    @Column(name = "source_date", updatable = false)
    private @Nullable String sourceDate;

    @Column(name = "source_address", updatable = false)
    private @Nullable String sourceAddress;

    @Column(name = "designated_by", updatable = false)
    private @Nullable String designatedBy;

    @Column(name = "designated_on", updatable = false)
    private @Nullable LocalDate designatedOn;

    @Column(name = "labels_version", nullable = false, updatable = false)
    private String labelsVersion;

    @Column(name = "document_text", nullable = false, updatable = false)
    private String text;

    private @Nullable String corrections;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int done;

    @Column(nullable = false)
    private int total;

    private @Nullable String result;

    private @Nullable String failure;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected PracticeImport() {}

    PracticeImport(
            NetworkId network,
            @Nullable PersonId person,
            String fileName,
            String mediaType,
            PracticeImports.Upload upload,
            String labelsVersion,
            String text,
            Instant now) {
        this.id = UUID.randomUUID();
        this.networkId = network.value();
        this.personId = person == null ? null : person.value();
        this.fileName = fileName;
        this.mediaType = mediaType;
        var document = upload.document();
        this.sourceTitle = document.title();
        this.sourcePublisher = document.publisher();
        this.sourceDate = document.date();
        this.sourceAddress = document.address();
        this.designatedBy = upload.designatedBy();
        this.designatedOn = upload.designatedOn();
        this.labelsVersion = labelsVersion;
        this.text = text;
        this.status = Status.READY;
        this.uploadedAt = now;
    }

    ImportId id() {
        return new ImportId(id);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    boolean uploadedBy(@Nullable PersonId person) {
        return person != null && person.value().equals(personId);
    }

    String fileName() {
        return fileName;
    }

    String mediaType() {
        return mediaType;
    }

    SourceDocument document() {
        return new SourceDocument(sourceTitle, sourcePublisher, sourceDate, sourceAddress);
    }

    /** Null where the network's own committee is to review the practices. */
    @Nullable
    OutsideDesignation designation() {
        if (designatedBy == null) {
            return null;
        }
        var on = designatedOn != null ? designatedOn : LocalDate.of(document().year(), 1, 1);
        var source = sourceAddress == null ? sourceTitle : sourceTitle + ", " + sourceAddress;
        return new OutsideDesignation(designatedBy, on, source);
    }

    String text() {
        return text;
    }

    @Nullable
    String corrections() {
        return corrections;
    }

    void correct(String corrections) {
        this.corrections = corrections;
    }

    Status status() {
        return status;
    }

    int done() {
        return done;
    }

    int total() {
        return total;
    }

    @Nullable
    String result() {
        return result;
    }

    @Nullable
    String failure() {
        return failure;
    }

    void start(int total) {
        this.status = Status.IMPORTING;
        this.done = 0;
        this.total = total;
        this.failure = null;
    }

    void progress(int done) {
        this.done = done;
    }

    void finish(String result) {
        this.status = Status.IMPORTED;
        this.done = total;
        this.result = result;
    }

    void fail(String failure) {
        this.status = Status.FAILED;
        this.failure = failure;
    }
}
