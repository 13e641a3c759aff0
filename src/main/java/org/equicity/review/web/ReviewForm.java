package org.equicity.review.web;

import java.util.ArrayList;
import java.util.List;
import org.equicity.review.Reviews.Criterion;
import org.equicity.review.Reviews.CriterionRating;
import org.equicity.review.Reviews.Rating;
import org.equicity.review.Reviews.Recommendation;
import org.equicity.review.Reviews.ReviewContent;
import org.equicity.review.Reviews.ReviewView;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;

/** What the reviewer types: one row per criterion of the review, in the framework's order. */
class ReviewForm {

    static class Row {

        private String criterion;
        private Rating rating;
        private String justification;

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public Rating getRating() {
            return rating;
        }

        public void setRating(Rating rating) {
            this.rating = rating;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }

    private long version;
    private List<Row> ratings = new ArrayList<>();
    private String assessment;
    private Recommendation recommendation;

    static ReviewForm of(ReviewView review) {
        var form = new ReviewForm();
        form.version = review.version();
        var content = review.content();
        for (Criterion criterion : review.criteriaItems()) {
            var row = new Row();
            row.criterion = criterion.code();
            var stored = content.ratingOf(criterion.code());
            if (stored != null) {
                row.rating = stored.rating();
                row.justification = stored.justification();
            }
            form.ratings.add(row);
        }
        form.assessment = content.assessment();
        form.recommendation = content.recommendation();
        return form;
    }

    /** The content, or null with the rules it breaks added to {@code errors} next to their fields. */
    ReviewContent content(FormErrors errors) {
        var rows = new ArrayList<CriterionRating>();
        for (var row : ratings) {
            try {
                rows.add(new CriterionRating(row.criterion, row.rating, row.justification));
            } catch (RuleViolationException invalid) {
                errors.add(invalid, "justification-" + row.criterion);
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

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public List<Row> getRatings() {
        return ratings;
    }

    public void setRatings(List<Row> ratings) {
        this.ratings = ratings;
    }

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String assessment) {
        this.assessment = assessment;
    }

    public Recommendation getRecommendation() {
        return recommendation;
    }

    public void setRecommendation(Recommendation recommendation) {
        this.recommendation = recommendation;
    }
}
