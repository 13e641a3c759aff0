package org.equicity.review.web;

import java.util.ArrayList;
import java.util.List;
import org.equicity.review.Reviews.CriterionRating;
import org.equicity.review.Reviews.Rating;
import org.equicity.review.Reviews.Recommendation;
import org.equicity.review.Reviews.ReviewContent;
import org.equicity.review.Reviews.ReviewView;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;

/**
 * What the reviewer types: one row per criterion of the review, in the framework's order; {@code version} is the
 * review's version the reviewer started from.
 */
record ReviewForm(long version, List<Row> ratings, String assessment, Recommendation recommendation) {

    record Row(String criterion, Rating rating, String justification) {}

    ReviewForm {
        ratings = ratings == null ? List.of() : ratings;
    }

    static ReviewForm of(ReviewView review) {
        var content = review.content();
        var rows = review.criteriaItems().stream()
                .map(criterion -> {
                    var stored = content.ratingOf(criterion.code());
                    return stored == null
                            ? new Row(criterion.code(), null, null)
                            : new Row(criterion.code(), stored.rating(), stored.justification());
                })
                .toList();
        return new ReviewForm(review.version(), rows, content.assessment(), content.recommendation());
    }

    /** The same entries over the version stored now: saving them again replaces what is stored. */
    ReviewForm over(long stored) {
        return new ReviewForm(stored, ratings, assessment, recommendation);
    }

    /** The content, or null with the rules it breaks added to {@code errors} next to their fields. */
    ReviewContent content(FormErrors errors) {
        var rows = new ArrayList<CriterionRating>();
        for (var row : ratings) {
            try {
                rows.add(new CriterionRating(row.criterion(), row.rating(), row.justification()));
            } catch (RuleViolationException invalid) {
                errors.add(invalid, "justification-" + row.criterion());
            }
        }
        try {
            var content = new ReviewContent(rows, assessment, recommendation);
            return errors.isEmpty() ? content : null;
        } catch (RuleViolationException invalid) {
            errors.add(invalid, "assessment");
            return null;
        }
    }
}
