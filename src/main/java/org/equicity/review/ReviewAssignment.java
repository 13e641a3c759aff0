package org.equicity.review;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.practice.PracticeId;
import org.equicity.review.Reviews.Recommendation;
import org.equicity.review.Reviews.ReviewContent;
import org.equicity.review.Reviews.State;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * One reviewer's review of one practice. The criteria framework is fixed at assignment so that a later change of the
 * cycle's criteria does not make a review incomplete; the practice's city is kept to check the reviewer's
 * independence again when they submit.
 */
@Entity
@Table(name = "review_assignment")
class ReviewAssignment {

    @Id
    private UUID id;

    @Column(name = "practice_id", nullable = false)
    private UUID practiceId;

    @Column(name = "network_id", nullable = false)
    private UUID networkId;

    @Column(name = "city_id")
    private @Nullable UUID cityId;

    @Column(name = "reviewer_id", nullable = false)
    private UUID reviewerId;

    @Column(name = "reviewer_name", nullable = false)
    private String reviewerName;

    @Column(name = "assigned_by", nullable = false)
    private UUID assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(nullable = false)
    private String criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @ElementCollection
    @CollectionTable(name = "review_rating", joinColumns = @JoinColumn(name = "assignment_id"))
    private List<RatingEntry> ratings = new ArrayList<>();

    private @Nullable String assessment;

    @Enumerated(EnumType.STRING)
    private @Nullable Recommendation recommendation;

    @Column(name = "saved_at")
    private @Nullable Instant savedAt;

    @Column(name = "submitted_at")
    private @Nullable Instant submittedAt;

    @Version
    private long version;

    protected ReviewAssignment() {}

    ReviewAssignment(
            PracticeId practice,
            NetworkId network,
            CityId city,
            PersonId reviewer,
            String reviewerName,
            PersonId assignedBy,
            FrameworkRef criteria,
            Instant assignedAt) {
        this.id = UUID.randomUUID();
        this.practiceId = practice.value();
        this.networkId = network.value();
        this.cityId = city == null ? null : city.value();
        this.reviewerId = reviewer.value();
        this.reviewerName = reviewerName;
        this.assignedBy = assignedBy.value();
        this.assignedAt = assignedAt;
        this.criteria = criteria.toString();
        this.state = State.ASSIGNED;
    }

    AssignmentId id() {
        return new AssignmentId(id);
    }

    PracticeId practice() {
        return new PracticeId(practiceId);
    }

    NetworkId network() {
        return new NetworkId(networkId);
    }

    /** The practice's city; null for a practice of a contributor that is not a city. */
    @Nullable
    CityId city() {
        return cityId == null ? null : new CityId(cityId);
    }

    PersonId reviewer() {
        return new PersonId(reviewerId);
    }

    String reviewerName() {
        return reviewerName;
    }

    Instant assignedAt() {
        return assignedAt;
    }

    FrameworkRef criteria() {
        return FrameworkRef.parse(criteria);
    }

    State state() {
        return state;
    }

    @Nullable
    Instant savedAt() {
        return savedAt;
    }

    @Nullable
    Instant submittedAt() {
        return submittedAt;
    }

    long version() {
        return version;
    }

    ReviewContent content() {
        return new ReviewContent(ratings.stream().map(RatingEntry::rating).toList(), assessment, recommendation);
    }

    boolean isBy(PersonId person) {
        return reviewerId.equals(person.value());
    }

    /** @param criteria the codes of the assignment's criteria, to refuse a rating of anything else */
    void save(long expectedVersion, ReviewContent content, List<String> criteria, Instant now) {
        if (expectedVersion != version) {
            throw new ObjectOptimisticLockingFailureException(ReviewAssignment.class, id);
        }
        requireOpen();
        for (var rating : content.ratings()) {
            if (!criteria.contains(rating.criterion())) {
                throw new RuleViolationException("review.rule.unknown-criterion", rating.criterion());
            }
        }
        ratings.clear();
        content.ratings().stream()
                .filter(rating -> rating.rating() != null || rating.justification() != null)
                .map(RatingEntry::new)
                .forEach(ratings::add);
        assessment = content.assessment();
        recommendation = content.recommendation();
        savedAt = now;
    }

    void submit(long expectedVersion, List<String> criteria, Instant now) {
        if (expectedVersion != version) {
            throw new ObjectOptimisticLockingFailureException(ReviewAssignment.class, id);
        }
        requireOpen();
        if (!content().gaps(criteria).isEmpty()) {
            throw new RuleViolationException("review.rule.incomplete");
        }
        state = State.SUBMITTED;
        submittedAt = now;
    }

    private void requireOpen() {
        if (state == State.SUBMITTED) {
            throw new RuleViolationException("review.rule.submitted");
        }
    }
}
