package org.equicity.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.Member;
import org.equicity.monitoring.Monitoring.MemberId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * A member of a programme's steering group. Members are never deleted: one who resigns leaves on a date, so that
 * the group's composition at any time stays known and a successor is appointed officially, naming whom they succeed.
 */
@Entity
@Table(name = "monitoring_steering_member")
class SteeringMember {

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(nullable = false)
    private String name;

    private @Nullable String organisation;

    @Column(name = "member_role")
    private @Nullable String role;

    @Column(name = "actor_group", nullable = false)
    private String actorGroup;

    @Column(name = "joined_on", nullable = false)
    private LocalDate joinedOn;

    @Column(name = "left_on")
    private @Nullable LocalDate leftOn;

    @Column(name = "succeeds_id")
    private @Nullable UUID succeeds;

    protected SteeringMember() {}

    SteeringMember(ProgrammeId programme, Appointment appointment) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.value();
        this.name = appointment.name();
        this.organisation = appointment.organisation();
        this.role = appointment.role();
        this.actorGroup = appointment.actorGroup();
        this.joinedOn = appointment.joinedOn();
        this.succeeds =
                appointment.succeeds() == null ? null : appointment.succeeds().value();
    }

    /** The member leaves the group; refused before they joined or when they have left already. */
    void leave(LocalDate on) {
        if (leftOn != null) {
            throw RuleViolationException.about("leftOn", "monitoring.rule.left-already");
        }
        if (on.isBefore(joinedOn)) {
            throw RuleViolationException.about("leftOn", "monitoring.rule.left-before-joining");
        }
        leftOn = on;
    }

    boolean hasLeft() {
        return leftOn != null;
    }

    UUID programmeId() {
        return programmeId;
    }

    Member view() {
        return new Member(
                new MemberId(id),
                name,
                organisation,
                role,
                actorGroup,
                joinedOn,
                leftOn,
                succeeds == null ? null : new MemberId(succeeds));
    }
}
