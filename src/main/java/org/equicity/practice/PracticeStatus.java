package org.equicity.practice;

/**
 * Where a practice stands in the network's review. Only a designated practice is public; one that was not designated
 * stays visible to its city and the network.
 */
public enum PracticeStatus {
    SUBMITTED,
    UNDER_REVIEW,
    DESIGNATED,
    NOT_DESIGNATED;

    public boolean isPublic() {
        return this == DESIGNATED;
    }
}
