package org.equicity.selfassessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.SelfAssessments.State;
import org.equicity.shared.CityId;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/** A city's self-assessment against one framework version: a draft until its coordinator signs it off. */
@Entity
@Table(name = "self_assessment")
class SelfAssessment {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(nullable = false, updatable = false)
    private String framework;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;

    @Column(name = "signed_off_at")
    private @Nullable Instant signedOffAt;

    @Column(name = "signed_off_by")
    private @Nullable UUID signedOffBy;

    @Column(nullable = false)
    private boolean shared;

    @Version
    private long version;

    protected SelfAssessment() {}

    SelfAssessment(CityId city, FrameworkRef framework, String title, LocalDate on) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.framework = framework.toString();
        this.title = title;
        this.state = State.DRAFT;
        this.startedOn = on;
    }

    SelfAssessmentId id() {
        return new SelfAssessmentId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    FrameworkRef framework() {
        return FrameworkRef.parse(framework);
    }

    String title() {
        return title;
    }

    State state() {
        return state;
    }

    LocalDate startedOn() {
        return startedOn;
    }

    @Nullable
    Instant signedOffAt() {
        return signedOffAt;
    }

    boolean isShared() {
        return shared;
    }

    long version() {
        return version;
    }

    /** Contributions go into a draft only: what was signed off is the record the city compares itself with. */
    void requireDraft() {
        if (state != State.DRAFT) {
            throw new RuleViolationException("selfassessment.rule.signed-off");
        }
    }

    void requireSignedOff() {
        if (state != State.SIGNED_OFF) {
            throw new RuleViolationException("selfassessment.rule.not-signed-off");
        }
    }

    void signOff(PersonId by, Instant at) {
        requireDraft();
        state = State.SIGNED_OFF;
        signedOffAt = at;
        signedOffBy = by.value();
    }

    void share(boolean shared) {
        requireSignedOff();
        this.shared = shared;
    }
}
