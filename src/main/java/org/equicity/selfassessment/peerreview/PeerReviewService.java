package org.equicity.selfassessment.peerreview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.equicity.city.Cities;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.EvidenceDocuments;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.EvidenceView;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The peer reviews facade: a review's life here, what readers see in {@link PeerReviewViews}. */
@Service
@Transactional
class PeerReviewService implements PeerReviews {

    private final PeerReviewRepository reviews;
    private final ReviewAccess access;
    private final SelfAssessments assessments;
    private final EvidenceDocuments documents;
    private final TeamInvitations invitations;
    private final PeerReviewViews views;
    private final NetworkOverviews overviews;
    private final Cities cities;
    private final Clock clock;

    PeerReviewService(
            PeerReviewRepository reviews,
            ReviewAccess access,
            SelfAssessments assessments,
            EvidenceDocuments documents,
            TeamInvitations invitations,
            PeerReviewViews views,
            NetworkOverviews overviews,
            Cities cities,
            Clock clock) {
        this.reviews = reviews;
        this.access = access;
        this.assessments = assessments;
        this.documents = documents;
        this.invitations = invitations;
        this.views = views;
        this.overviews = overviews;
        this.cities = cities;
        this.clock = clock;
    }

    @Override
    public PeerReviewId prepare(SelfAssessmentId assessment, String title) {
        var named = PeerReviewRules.RULES.required(title, 300, "title");
        var view = assessments.assessmentForReview(assessment);
        access.access().requireCityManagement(view.summary().city());
        if (view.isDraft()) {
            throw RuleViolationException.about("assessment", "peerreview.rule.not-signed-off", "assessment");
        }
        var review =
                new PeerReview(view.summary().city(), assessment, view.summary().framework(), named, clock.instant());
        return reviews.save(review).id();
    }

    @Override
    public UUID invite(PeerReviewId id, NewMember member) {
        var review = reviewOf(id);
        access.requireHost(review);
        invitations.check(review.city(), member);
        var added = review.invite(member, clock.instant());
        var host = cities.find(review.city());
        invitations.tell(
                review.city(),
                host.map(Cities.CitySummary::name).orElse(""),
                host.map(Cities.CitySummary::slug).orElse(""),
                review,
                member);
        return added;
    }

    @Override
    public void removeMember(PeerReviewId id, UUID member) {
        var review = reviewOf(id);
        access.requireHost(review);
        review.removeMember(member);
    }

    @Override
    public void shareEvidence(PeerReviewId id, List<EvidenceId> evidence) {
        var review = reviewOf(id);
        access.requireHost(review);
        var known = evidenceOf(review).stream().map(EvidenceView::id).collect(Collectors.toSet());
        var chosen = new LinkedHashSet<EvidenceId>();
        for (var piece : evidence) {
            if (!known.contains(piece) || !chosen.add(piece)) {
                throw RuleViolationException.about("evidence", "peerreview.rule.unknown-evidence", "evidence");
            }
        }
        review.share(chosen);
    }

    @Override
    public void openVisit(PeerReviewId id, long version, LocalDate from, LocalDate to) {
        var review = reviewOf(id);
        access.requireHost(review);
        review.openVisit(
                version,
                PeerReviewRules.requireChosen(from, "visitFrom"),
                PeerReviewRules.requireChosen(to, "visitTo"));
    }

    @Override
    public UUID recordHearing(PeerReviewId id, HearingContent content) {
        var review = reviewOf(id);
        access.requireMember(review);
        requireFactor(review, content.factor());
        return review.recordHearing(content, access.me(), clock.instant());
    }

    @Override
    public void writeConclusion(PeerReviewId id, String factor, long version, ConclusionContent content) {
        var review = reviewOf(id);
        access.requireMember(review);
        requireFactor(review, factor);
        review.writeConclusion(factor, version, content);
    }

    @Override
    public void holdFeedbackSession(PeerReviewId id, long version, LocalDate on, String notes) {
        var review = reviewOf(id);
        access.requireLeader(review);
        review.holdFeedbackSession(
                version,
                PeerReviewRules.requireChosen(on, "feedbackOn"),
                PeerReviewRules.RULES.required(notes, 20_000, "feedbackNotes"));
    }

    @Override
    public void closeWithFollowUpReport(PeerReviewId id, long version, String report) {
        var review = reviewOf(id);
        access.requireLeader(review);
        review.closeWithFollowUpReport(
                version, PeerReviewRules.RULES.required(report, 100_000, "followUpReport"), clock.instant());
    }

    @Override
    public void publish(PeerReviewId id) {
        var review = reviewOf(id);
        access.requireHost(review);
        review.publish(clock.instant());
    }

    @Override
    public void withdrawPublication(PeerReviewId id) {
        var review = reviewOf(id);
        access.requireHost(review);
        review.withdrawPublication();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewSummary> ofCity(CityId city) {
        if (!access.access().canReadCity(city)) {
            return published(city);
        }
        return reviews.findByCityIdOrderByCreatedAtDesc(city.value()).stream()
                .map(views::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewSummary> mine() {
        return access.email().stream()
                .flatMap(email -> reviews.findByMemberEmail(email).stream())
                .filter(review -> access.membership(review).isPresent())
                .map(views::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewView review(PeerReviewId id) {
        var review = reviewOf(id);
        access.requireRead(review);
        return views.forReader(review);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewSummary> published(CityId city) {
        return reviews.findByCityIdAndPublishedAtNotNullOrderByPublishedAtDesc(city.value()).stream()
                .map(views::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ReviewView publishedReview(PeerReviewId id) {
        var review = reviews.findById(id.value())
                .filter(found -> found.publishedAt() != null)
                .orElseThrow(() -> new NotFoundException("Peer review", id.value()));
        return views.forPublic(review);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile evidenceFile(PeerReviewId id, EvidenceId evidence) {
        var review = reviewOf(id);
        access.requireRead(review);
        if (!review.sharedEvidence().contains(evidence)) {
            throw new NotFoundException("Evidence", evidence);
        }
        return documents.fileForReview(evidence);
    }

    @Override
    public boolean canHost(CityId city) {
        return access.access().canManageCity(city);
    }

    @Override
    @Transactional(readOnly = true)
    public NetworkOverview overview(NetworkId network, FrameworkRef framework) {
        access.access().requireNetworkManagement(network);
        return overviews.overview(network, framework);
    }

    private PeerReview reviewOf(PeerReviewId id) {
        return reviews.findById(id.value()).orElseThrow(() -> new NotFoundException("Peer review", id.value()));
    }

    private List<EvidenceView> evidenceOf(PeerReview review) {
        return assessments.assessmentForReview(review.assessment()).factors().stream()
                .flatMap(factor -> factor.evidence().stream())
                .toList();
    }

    private void requireFactor(PeerReview review, String factor) {
        Set<String> codes = assessments.assessmentForReview(review.assessment()).factors().stream()
                .map(SelfAssessments.FactorView::code)
                .collect(Collectors.toSet());
        if (!codes.contains(factor)) {
            throw RuleViolationException.about("factor", "peerreview.rule.unknown-factor", "factor");
        }
    }
}
