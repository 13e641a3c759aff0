package org.equicity.notification;

import java.util.Objects;
import java.util.UUID;
import org.equicity.plan.PlanId;
import org.equicity.shared.CityId;
import org.equicity.shared.PersonId;

/**
 * A coordinator answered a consultation comment ({@code comment}, the id of plan.consultation's comment) whose
 * author has an account ({@code author}), so that they can be told. Published by plan.consultation in the answering
 * transaction; declared here because a nested module's types are not visible outside its parent.
 */
public record CommentAnswered(PlanId plan, CityId city, UUID comment, PersonId author) {

    public CommentAnswered {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(author, "author");
    }
}
