package org.equicity.plan.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.equicity.plan.PlanId;
import org.equicity.plan.exchange.PlanExchange.ImportId;
import org.equicity.shared.PersonId;

/** A spreadsheet uploaded for a plan and waiting for the coordinator's confirmation. Never changed, only deleted. */
@Entity
@Table(name = "plan_import")
class PlanImport {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Column(name = "person_id", updatable = false)
    private UUID personId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected PlanImport() {}

    PlanImport(PlanId plan, PersonId person, String fileName, byte[] content, Instant uploadedAt) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        this.personId = person == null ? null : person.value();
        this.fileName = fileName;
        this.content = Base64.getEncoder().encodeToString(content);
        this.uploadedAt = uploadedAt;
    }

    ImportId id() {
        return new ImportId(id);
    }

    /** Only the person who uploaded the file confirms it: a colleague's half-checked upload is not theirs to import. */
    boolean belongsTo(PlanId plan, PersonId person) {
        return planId.equals(plan.value()) && person != null && person.value().equals(personId);
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return Base64.getDecoder().decode(content);
    }
}
