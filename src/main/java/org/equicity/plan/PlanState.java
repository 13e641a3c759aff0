package org.equicity.plan;

/** Where a plan is in its life; the public sees a plan from its adoption on. */
public enum PlanState {
    DRAFT,
    IN_CONSULTATION,
    ADOPTED,
    IN_IMPLEMENTATION,
    CLOSED,
    SUPERSEDED;

    public boolean isPublic() {
        return this != DRAFT && this != IN_CONSULTATION;
    }
}
