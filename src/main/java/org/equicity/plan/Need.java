package org.equicity.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;

/** A need heard in the plan's needs assessment, which actions later answer. */
@Entity
@Table(name = "plan_need")
class Need {

    @Id
    private UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private UUID planId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NeedMethod method;

    @Column(name = "held_on")
    private LocalDate heldOn;

    private String participants;

    @Column(nullable = false)
    private String description;

    @Column(name = "commitment_id")
    private UUID commitmentId;

    private String track;

    /** The language the texts are written in (ISO 639-1). */
    private String language;

    @Version
    private long version;

    protected Need() {}

    Need(PlanId plan, NeedContent content) {
        this.id = UUID.randomUUID();
        this.planId = plan.value();
        revise(content);
    }

    NeedId id() {
        return new NeedId(id);
    }

    PlanId plan() {
        return new PlanId(planId);
    }

    long version() {
        return version;
    }

    String label() {
        return description.length() > 80 ? description.substring(0, 80) + "…" : description;
    }

    NeedContent content() {
        return new NeedContent(
                method,
                heldOn,
                participants,
                description,
                commitmentId == null ? null : new CommitmentId(commitmentId),
                track,
                language);
    }

    void revise(NeedContent content) {
        this.method = content.method();
        this.heldOn = content.heldOn();
        this.participants = content.participants();
        this.description = content.description();
        this.commitmentId =
                content.commitment() == null ? null : content.commitment().value();
        this.track = content.track();
        this.language = content.language();
    }
}
