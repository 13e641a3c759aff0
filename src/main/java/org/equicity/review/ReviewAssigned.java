package org.equicity.review;

import java.util.Objects;
import org.equicity.practice.PracticeId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;

/** The secretariat asked {@code reviewer} to review a practice. Published in the assigning transaction. */
public record ReviewAssigned(
        AssignmentId assignment, PracticeId practice, String practiceTitle, NetworkId network, PersonId reviewer) {

    public ReviewAssigned {
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(practiceTitle, "practice title");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(reviewer, "reviewer");
    }
}
