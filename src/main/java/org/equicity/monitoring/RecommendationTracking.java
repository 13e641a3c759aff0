package org.equicity.monitoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.equicity.monitoring.FollowUps.RecommendationId;
import org.equicity.monitoring.FollowUps.Status;
import org.equicity.plan.ActionId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of one recommendation of a published report, found by its position in the report (which no longer
 * changes once the report was presented). Its status moves by guarded steps; a recommendation not accepted says why.
 */
@Entity
@Table(name = "monitoring_recommendation")
class RecommendationTracking {

    /** The steps a status may take; implemented is where a recommendation ends. */
    private static final Map<Status, Set<Status>> STEPS = Map.of(
            Status.OPEN, Set.of(Status.IN_PROGRESS, Status.IMPLEMENTED, Status.NOT_ACCEPTED),
            Status.IN_PROGRESS, Set.of(Status.IMPLEMENTED, Status.NOT_ACCEPTED),
            Status.NOT_ACCEPTED, Set.of(Status.OPEN),
            Status.IMPLEMENTED, Set.of());

    @Id
    private UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private UUID programmeId;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    private @Nullable String reason;

    @Column(name = "plan_id")
    private @Nullable UUID planId;

    @Column(name = "action_id")
    private @Nullable UUID actionId;

    @Column(name = "published_on", nullable = false, updatable = false)
    private LocalDate publishedOn;

    @Version
    private long version;

    protected RecommendationTracking() {}

    RecommendationTracking(ProgrammeId programme, CityId city, int position, LocalDate publishedOn) {
        this.id = UUID.randomUUID();
        this.programmeId = programme.value();
        this.cityId = city.value();
        this.position = position;
        this.publishedOn = publishedOn;
        this.status = Status.OPEN;
    }

    void changeStatus(Status next, @Nullable String why) {
        if (!STEPS.getOrDefault(status, Set.of()).contains(next)) {
            throw RuleViolationException.about("status", "monitoring.rule.status-step");
        }
        if (next == Status.NOT_ACCEPTED && why == null) {
            throw RuleViolationException.about("reason", "monitoring.rule.reason-required");
        }
        this.reason = next == Status.NOT_ACCEPTED ? why : null;
        this.status = next;
    }

    /** Becoming a plan action means the recommendation was taken up: an open one is now in progress. */
    void becameAction(PlanId plan, ActionId action) {
        if (actionId != null) {
            throw RuleViolationException.about("plan", "monitoring.rule.already-action");
        }
        if (status.closed()) {
            throw RuleViolationException.about("plan", "monitoring.rule.status-closed");
        }
        this.planId = plan.value();
        this.actionId = action.value();
        if (status == Status.OPEN) {
            status = Status.IN_PROGRESS;
        }
    }

    RecommendationId id() {
        return new RecommendationId(id);
    }

    ProgrammeId programme() {
        return new ProgrammeId(programmeId);
    }

    CityId city() {
        return new CityId(cityId);
    }

    int position() {
        return position;
    }

    Status status() {
        return status;
    }

    @Nullable
    String reason() {
        return reason;
    }

    @Nullable
    PlanId plan() {
        return planId == null ? null : new PlanId(planId);
    }

    @Nullable
    ActionId action() {
        return actionId == null ? null : new ActionId(actionId);
    }

    LocalDate publishedOn() {
        return publishedOn;
    }

    long version() {
        return version;
    }
}
