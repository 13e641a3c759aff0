package org.equicity.selfassessment.peerreview;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.State;
import org.equicity.shared.CityId;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.hibernate.annotations.BatchSize;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A peer review of a city's signed-off self-assessment. Each step is a guarded transition: preparing (the host
 * invites the team and shares evidence), the visit (the team records hearings and concludes), the feedback session
 * (the expert leader), closed with the follow-up report; only a closed review may be published.
 */
@Entity
@Table(name = "peer_review")
class PeerReview {

    @Id
    private UUID id;

    @Column(name = "city_id", nullable = false, updatable = false)
    private UUID cityId;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private UUID assessmentId;

    @Column(nullable = false, updatable = false)
    private String framework;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(name = "visit_from")
    private @Nullable LocalDate visitFrom;

    @Column(name = "visit_to")
    private @Nullable LocalDate visitTo;

    @Column(name = "feedback_on")
    private @Nullable LocalDate feedbackOn;

    @Column(name = "feedback_notes")
    private @Nullable String feedbackNotes;

    @Column(name = "follow_up_report")
    private @Nullable String followUpReport;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "published_at")
    private @Nullable Instant publishedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "peer_review_member", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<TeamMember> members = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "peer_review_evidence", joinColumns = @JoinColumn(name = "review_id"))
    @Column(name = "evidence_id", nullable = false)
    private Set<UUID> sharedEvidence = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "peer_review_hearing", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    private List<HeardEvidence> hearings = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "peer_review_conclusion", joinColumns = @JoinColumn(name = "review_id"))
    private List<FactorConclusion> conclusions = new ArrayList<>();

    @Version
    private long version;

    protected PeerReview() {}

    PeerReview(CityId city, SelfAssessmentId assessment, FrameworkRef framework, String title, Instant now) {
        this.id = UUID.randomUUID();
        this.cityId = city.value();
        this.assessmentId = assessment.value();
        this.framework = framework.toString();
        this.title = title;
        this.state = State.PREPARING;
        this.createdAt = now;
    }

    PeerReviewId id() {
        return new PeerReviewId(id);
    }

    CityId city() {
        return new CityId(cityId);
    }

    SelfAssessmentId assessment() {
        return new SelfAssessmentId(assessmentId);
    }

    FrameworkRef framework() {
        return FrameworkRef.parse(framework);
    }

    String title() {
        return title;
    }

    State state() {
        return state;
    }

    long version() {
        return version;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant publishedAt() {
        return publishedAt;
    }

    @Nullable
    LocalDate visitFrom() {
        return visitFrom;
    }

    @Nullable
    LocalDate visitTo() {
        return visitTo;
    }

    @Nullable
    LocalDate feedbackOn() {
        return feedbackOn;
    }

    @Nullable
    String feedbackNotes() {
        return feedbackNotes;
    }

    @Nullable
    String followUpReport() {
        return followUpReport;
    }

    List<TeamMember> members() {
        return List.copyOf(members);
    }

    Set<EvidenceId> sharedEvidence() {
        var shared = new LinkedHashSet<EvidenceId>();
        sharedEvidence.forEach(evidence -> shared.add(new EvidenceId(evidence)));
        return shared;
    }

    List<HeardEvidence> hearings() {
        return List.copyOf(hearings);
    }

    Optional<FactorConclusion> conclusion(String factor) {
        return conclusions.stream()
                .filter(found -> found.factor().equals(factor))
                .findFirst();
    }

    UUID invite(NewMember member, Instant now) {
        requireState(State.PREPARING);
        if (member.role() == MemberRole.EXPERT_LEADER
                && members.stream().anyMatch(found -> found.role() == MemberRole.EXPERT_LEADER)) {
            throw RuleViolationException.about("role", "peerreview.rule.one-leader", "role");
        }
        if (member.email() != null
                && members.stream().anyMatch(found -> member.email().equals(found.email()))) {
            throw RuleViolationException.about("email", "peerreview.rule.member-twice", "email");
        }
        var added = new TeamMember(member, now);
        members.add(added);
        return added.id();
    }

    void removeMember(UUID member) {
        requireState(State.PREPARING);
        if (!members.removeIf(found -> found.id().equals(member))) {
            throw RuleViolationException.about("member", "peerreview.rule.unknown-member", "member");
        }
    }

    void share(Set<EvidenceId> evidence) {
        requireState(State.PREPARING);
        sharedEvidence.clear();
        evidence.forEach(piece -> sharedEvidence.add(piece.value()));
    }

    void openVisit(long expected, LocalDate from, LocalDate to) {
        requireVersion(expected);
        requireState(State.PREPARING);
        if (to.isBefore(from)) {
            throw RuleViolationException.about("visitTo", "peerreview.rule.visit-period", "visitTo");
        }
        if (members.stream().noneMatch(found -> found.role() == MemberRole.PEER)
                || members.stream().noneMatch(found -> found.role() == MemberRole.EXPERT_LEADER)) {
            throw new RuleViolationException("peerreview.rule.team-incomplete");
        }
        this.visitFrom = from;
        this.visitTo = to;
        this.state = State.VISITING;
    }

    UUID recordHearing(HearingContent content, PersonId by, Instant now) {
        requireState(State.VISITING);
        var hearing = new HeardEvidence(content, by, now);
        hearings.add(hearing);
        return hearing.id();
    }

    void writeConclusion(String factor, long expected, ConclusionContent content) {
        requireVersion(expected);
        if (state != State.VISITING && state != State.FEEDBACK_GIVEN) {
            throw new RuleViolationException("peerreview.rule.state", state.name());
        }
        conclusion(factor)
                .ifPresentOrElse(
                        found -> found.write(content), () -> conclusions.add(new FactorConclusion(factor, content)));
    }

    void holdFeedbackSession(long expected, LocalDate on, String notes) {
        requireVersion(expected);
        requireState(State.VISITING);
        if (conclusions.stream().noneMatch(FactorConclusion::isWritten)) {
            throw new RuleViolationException("peerreview.rule.no-conclusion");
        }
        this.feedbackOn = on;
        this.feedbackNotes = notes;
        this.state = State.FEEDBACK_GIVEN;
    }

    void closeWithFollowUpReport(long expected, String report, Instant now) {
        requireVersion(expected);
        requireState(State.FEEDBACK_GIVEN);
        this.followUpReport = report;
        this.closedAt = now;
        this.state = State.CLOSED;
    }

    void publish(Instant now) {
        requireState(State.CLOSED);
        if (publishedAt == null) {
            publishedAt = now;
        }
    }

    void withdrawPublication() {
        publishedAt = null;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new RuleViolationException("peerreview.rule.state", state.name());
        }
    }

    private void requireVersion(long expected) {
        if (expected != version) {
            throw new ObjectOptimisticLockingFailureException(PeerReview.class, id);
        }
    }
}
