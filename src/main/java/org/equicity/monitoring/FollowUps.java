package org.equicity.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * The follow-up of a published report's recommendations (the toolkit's step "Follow-up"): each has a status, is
 * followed up at least once a year by one of the chapter's methods, and may become an action of the city's action
 * plan, whose progress then shows beside it. The city's people read it; its coordinators (who run the steering
 * group) change it.
 */
public interface FollowUps {

    /** The ways the chapter lists to follow up recommendations. */
    FrameworkRef METHODS = FrameworkRef.parse("monitoring-follow-up-methods@2026");

    /** A recommendation is followed up at least this often, counted from its publication or its last follow-up. */
    int MONTHS_BETWEEN = 12;

    /** The published report's recommendations with their follow-up; empty before publication. */
    List<TrackedRecommendation> ofProgramme(ProgrammeId programme);

    TrackedRecommendation recommendation(RecommendationId id);

    /** A guarded step: open → in progress → implemented, or not accepted (with a reason), reopened from there. */
    void changeStatus(RecommendationId id, long version, @Nullable Status status, @Nullable String reason);

    FollowUpId recordFollowUp(RecommendationId id, FollowUpNote note);

    /**
     * Makes the recommendation an action of one of the city's plans, under the given commitment; the action names the
     * recommendation as its source, and an open recommendation is then in progress.
     */
    ActionId turnIntoAction(RecommendationId id, PlanId plan, CommitmentId commitment);

    /** The recommendations of the city still to be implemented whose yearly follow-up is overdue. */
    List<FollowUpDue> overdue(CityId city);

    enum Status {
        OPEN,
        IN_PROGRESS,
        IMPLEMENTED,
        NOT_ACCEPTED;

        /** Whether nothing more is to be followed up. */
        public boolean closed() {
            return this == IMPLEMENTED || this == NOT_ACCEPTED;
        }
    }

    record RecommendationId(UUID value) implements Identifier {

        public RecommendationId {
            Objects.requireNonNull(value, "recommendation id");
        }
    }

    record FollowUpId(UUID value) implements Identifier {

        public FollowUpId {
            Objects.requireNonNull(value, "follow-up id");
        }
    }

    /** A follow-up held on a day, by a code of {@link #METHODS}, with what came of it. */
    record FollowUpNote(LocalDate heldOn, String method, String notes) {

        public FollowUpNote {
            MonitoringRules.requireChosen(heldOn, "heldOn");
            method = MonitoringRules.RULES.required(method, 80, "method");
            notes = MonitoringRules.RULES.required(notes, 20_000, "notes");
        }
    }

    record FollowUp(FollowUpId id, LocalDate heldOn, String method, String notes, Instant recordedAt) {}

    /** The plan action a recommendation became, as the plan tracks it. */
    record LinkedAction(
            PlanId plan,
            ActionId action,
            String title,
            ActionStatus status,
            @Nullable Integer progress) {}

    /**
     * A recommendation with its follow-up; {@code nextFollowUp} is when it is next due (null once closed), and
     * {@code action} the plan action it became, if any.
     */
    record TrackedRecommendation(
            RecommendationId id,
            ProgrammeId programme,
            long version,
            int number,
            String text,
            String addressee,
            String followUpContact,
            LocalDate due,
            Status status,
            @Nullable String reason,
            List<FollowUp> followUps,
            @Nullable LocalDate nextFollowUp,
            @Nullable LinkedAction action,
            boolean manageable) {

        public TrackedRecommendation {
            followUps = List.copyOf(followUps);
        }

        public boolean overdueOn(LocalDate day) {
            return nextFollowUp != null && nextFollowUp.isBefore(day);
        }
    }

    record FollowUpDue(RecommendationId id, ProgrammeId programme, String reportTitle, int number, LocalDate due) {}
}
