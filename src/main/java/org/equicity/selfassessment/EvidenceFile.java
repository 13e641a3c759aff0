package org.equicity.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Base64;
import java.util.UUID;

/** The bytes of an uploaded piece of evidence, kept apart so that reading the evidence does not read the files. */
@Entity
@Table(name = "self_assessment_evidence_file")
class EvidenceFile {

    @Id
    @Column(name = "evidence_id")
    private UUID evidenceId;

    @Column(nullable = false, updatable = false)
    private String content;

    protected EvidenceFile() {}

    EvidenceFile(EvidenceId evidence, byte[] content) {
        this.evidenceId = evidence.value();
        this.content = Base64.getEncoder().encodeToString(content);
    }

    byte[] content() {
        return Base64.getDecoder().decode(content);
    }
}
