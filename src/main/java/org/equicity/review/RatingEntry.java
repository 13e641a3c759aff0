package org.equicity.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.equicity.review.Reviews.CriterionRating;
import org.equicity.review.Reviews.Rating;
import org.jspecify.annotations.Nullable;

/** A stored rating of one criterion. */
@Embeddable
class RatingEntry {

    @Column(nullable = false)
    private String criterion;

    @Enumerated(EnumType.STRING)
    private @Nullable Rating rating;

    private @Nullable String justification;

    protected RatingEntry() {}

    RatingEntry(CriterionRating rating) {
        this.criterion = rating.criterion();
        this.rating = rating.rating();
        this.justification = rating.justification();
    }

    CriterionRating rating() {
        return new CriterionRating(criterion, rating, justification);
    }
}
