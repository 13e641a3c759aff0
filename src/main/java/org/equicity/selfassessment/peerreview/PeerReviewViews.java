package org.equicity.selfassessment.peerreview;

import java.util.List;
import org.equicity.city.Cities;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.EvidenceView;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.FactorReview;
import org.equicity.selfassessment.peerreview.PeerReviews.Member;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewSummary;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewView;
import org.equicity.shared.CityId;
import org.springframework.stereotype.Component;

/**
 * What a reader sees of a review: the team and the host the whole review, with the self-assessment's evidence cut
 * down to what the host shared (the host also sees the rest, to choose from); the public a published review without
 * addresses and without the hearings, whose accounts stay with the team and the host.
 */
@Component
class PeerReviewViews {

    private final SelfAssessments assessments;
    private final Cities cities;
    private final ReviewAccess access;

    PeerReviewViews(SelfAssessments assessments, Cities cities, ReviewAccess access) {
        this.assessments = assessments;
        this.cities = cities;
        this.access = access;
    }

    ReviewSummary summary(PeerReview review) {
        var city = cities.find(review.city());
        return new ReviewSummary(
                review.id(),
                review.city(),
                city.map(Cities.CitySummary::slug).orElse(""),
                city.map(Cities.CitySummary::name).orElse(""),
                review.assessment(),
                review.framework(),
                review.title(),
                review.state(),
                review.createdAt(),
                review.publishedAt());
    }

    ReviewView forReader(PeerReview review) {
        var hosting = access.hosting(review);
        var membership = access.membership(review);
        return view(
                review,
                true,
                hosting,
                membership.isPresent(),
                membership
                        .filter(member -> member.role() == MemberRole.EXPERT_LEADER)
                        .isPresent());
    }

    ReviewView forPublic(PeerReview review) {
        return view(review, false, false, false, false);
    }

    private ReviewView view(PeerReview review, boolean inside, boolean hosting, boolean member, boolean leading) {
        var assessment = assessments.assessmentForReview(review.assessment());
        var shared = review.sharedEvidence();
        return new ReviewView(
                summary(review),
                review.version(),
                assessment.summary(),
                review.members().stream().map(found -> member(found, inside)).toList(),
                assessment.factors().stream()
                        .map(factor -> new FactorReview(
                                factor.factor(),
                                factor.content().judgement(),
                                factor.content().explanation(),
                                factor.evidence().stream()
                                        .filter(evidence -> shared.contains(evidence.id()))
                                        .toList(),
                                inside
                                        ? review.hearings().stream()
                                                .filter(hearing ->
                                                        hearing.factor().equals(factor.code()))
                                                .map(HeardEvidence::view)
                                                .toList()
                                        : List.of(),
                                review.conclusion(factor.code())
                                        .map(FactorConclusion::content)
                                        .orElse(new ConclusionContent(null, null))))
                        .toList(),
                hosting ? allEvidence(assessment) : List.of(),
                List.copyOf(shared),
                review.visitFrom(),
                review.visitTo(),
                review.feedbackOn(),
                review.feedbackNotes(),
                review.followUpReport(),
                hosting,
                member,
                leading);
    }

    private Member member(TeamMember member, boolean inside) {
        CityId city = member.city();
        return new Member(
                member.id(),
                member.role(),
                member.name(),
                inside ? member.email() : null,
                member.organisation(),
                city,
                city == null
                        ? null
                        : cities.find(city).map(Cities.CitySummary::name).orElse(null),
                member.kind());
    }

    private static List<EvidenceView> allEvidence(SelfAssessmentView assessment) {
        return assessment.factors().stream()
                .flatMap(factor -> factor.evidence().stream())
                .toList();
    }
}
