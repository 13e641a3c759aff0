package org.equicity.selfassessment.peerreview;

import java.util.Locale;
import java.util.Optional;
import org.equicity.people.Access;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.shared.PersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a peer review. The host city's coordinators act for the host and its people read the review;
 * a member of the team is the signed-in person with the member's address, and a peer must still hold a role in the
 * city they were invited from. Nobody else reads a review that is not published.
 */
@Component
class ReviewAccess {

    private final Access access;

    ReviewAccess(Access access) {
        this.access = access;
    }

    boolean hosting(PeerReview review) {
        return access.canManageCity(review.city());
    }

    boolean hostReader(PeerReview review) {
        return access.canReadCity(review.city());
    }

    /** The reader's place on the team, if they have one. */
    Optional<TeamMember> membership(PeerReview review) {
        var email = email();
        if (email.isEmpty()) {
            return Optional.empty();
        }
        return review.members().stream()
                .filter(member -> email.get().equals(member.email()))
                .filter(member -> member.role() != MemberRole.PEER
                        || (member.city() != null && access.belongsToCity(member.city())))
                .findFirst();
    }

    boolean canRead(PeerReview review) {
        return hostReader(review) || membership(review).isPresent();
    }

    void requireRead(PeerReview review) {
        if (!canRead(review)) {
            throw new AccessDeniedException("A peer review is read by its host city and its team");
        }
    }

    void requireHost(PeerReview review) {
        access.requireCityManagement(review.city());
    }

    void requireMember(PeerReview review) {
        if (membership(review).isEmpty()) {
            throw new AccessDeniedException("Only the review team records and concludes");
        }
    }

    void requireLeader(PeerReview review) {
        if (membership(review)
                .filter(member -> member.role() == MemberRole.EXPERT_LEADER)
                .isEmpty()) {
            throw new AccessDeniedException("The expert leader holds the feedback session and closes the review");
        }
    }

    Optional<String> email() {
        return access.current().map(person -> person.email().toLowerCase(Locale.ROOT));
    }

    PersonId me() {
        return access.current()
                .map(Access.CurrentPerson::id)
                .orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    Access access() {
        return access;
    }
}
