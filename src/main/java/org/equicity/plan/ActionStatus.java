package org.equicity.plan;

/** How an action stands; a new plan carries over the actions that are not finished. */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    DELAYED,
    DISCONTINUED;

    public boolean isFinished() {
        return this == COMPLETED || this == DISCONTINUED;
    }
}
