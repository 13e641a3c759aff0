package org.equicity.selfassessment.peerreview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.disclosure.Disclosure;
import org.equicity.framework.FrameworkItem;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments.EvidenceView;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentSummary;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.jspecify.annotations.Nullable;

/**
 * Peer reviews of cities' signed-off self-assessments. The host city's coordinators prepare a review, invite its
 * team and share evidence with it, and decide whether the closed review is published; the team (every member with
 * an account) records hearings and writes conclusions while the visit is open; the expert leader records the
 * feedback session and closes the review with the follow-up report. The host city's people and the team read an
 * unpublished review; a peer sees only the reviews they belong to and only the evidence the host shared; everyone
 * reads a published one. Every rule is checked here, so pages and API are covered alike; writes that take a
 * version throw {@link org.springframework.orm.ObjectOptimisticLockingFailureException} when someone saved since.
 */
public interface PeerReviews {

    /** The host city's coordinators prepare a review of one of its signed-off self-assessments. */
    PeerReviewId prepare(SelfAssessmentId assessment, String title);

    /**
     * The host invites a member: a peer (a person of another city that is a current member of a network the host is
     * a current member of, told by mail), another participant or the expert leader (invited by mail to the host city
     * as a civil-society partner, through the people module's invitation; another participant without an address is
     * recorded by role and organisation only). There is one expert leader. While the review is being prepared.
     */
    UUID invite(PeerReviewId id, NewMember member);

    /** The host removes a member while the review is being prepared. */
    void removeMember(PeerReviewId id, UUID member);

    /** The host shares these pieces of evidence of the self-assessment with the team, and no other; while preparing. */
    void shareEvidence(PeerReviewId id, List<EvidenceId> evidence);

    /** The host opens the visit: the team may record and conclude from now on. Needs a peer and the expert leader. */
    void openVisit(PeerReviewId id, long version, LocalDate from, LocalDate to);

    /** A member of the team records what was heard in an interview or focus group about a key factor. */
    UUID recordHearing(PeerReviewId id, HearingContent content);

    /** A member of the team writes the conclusions and recommendations on a key factor, over the version read. */
    void writeConclusion(PeerReviewId id, String factor, long version, ConclusionContent content);

    /** The expert leader records the feedback session given to the host; needs a conclusion on some key factor. */
    void holdFeedbackSession(PeerReviewId id, long version, LocalDate on, String notes);

    /** The expert leader closes the review with the follow-up report, after the feedback session. */
    void closeWithFollowUpReport(PeerReviewId id, long version, String report);

    /** The host publishes the closed review (its follow-up report, conclusions and recommendations, shared evidence). */
    void publish(PeerReviewId id);

    /** The host takes a published review back. */
    void withdrawPublication(PeerReviewId id);

    /** The city's reviews, the newest first: all of them for its people, the published ones for everyone else. */
    List<ReviewSummary> ofCity(CityId city);

    /** The reviews the signed-in person is a member of the team of, the newest first. */
    List<ReviewSummary> mine();

    /** A review for its host city's people and its team; others are refused. */
    ReviewView review(PeerReviewId id);

    /** The city's published reviews, the most recently published first. Public. */
    List<ReviewSummary> published(CityId city);

    /** A published review as the public reads it: no addresses; a review not published is not found. */
    ReviewView publishedReview(PeerReviewId id);

    /**
     * The file of a piece of evidence the host shared with the team, for the host city's people and the team; a
     * published review does not publish the files, which may be internal documents.
     */
    StoredFile evidenceFile(PeerReviewId id, EvidenceId evidence);

    /** Whether the reader may prepare reviews of the city (so pages offer the forms). */
    boolean canHost(CityId city);

    /**
     * Per key factor of the framework, how many member cities do not (fully) meet it by the latest signed-off
     * self-assessment each shares with its networks, counts protected by the disclosure rules; for the network's
     * secretariat.
     */
    NetworkOverview overview(NetworkId network, FrameworkRef framework);

    /** Where a review stands; each step is reached only through its guarded transition. */
    enum State {
        PREPARING,
        VISITING,
        FEEDBACK_GIVEN,
        CLOSED
    }

    enum MemberRole {
        PEER,
        OTHER,
        EXPERT_LEADER
    }

    /** Who another participant is, as the EUROCITIES method names them. */
    enum OtherKind {
        MIGRANT_ORGANISATION,
        NATIONAL_GOVERNMENT,
        CIVIL_SOCIETY,
        RESEARCH,
        OTHER
    }

    enum Method {
        INTERVIEW,
        FOCUS_GROUP
    }

    /**
     * A member to invite: {@code city} for a peer; {@code kind} for another participant; {@code email} for everyone
     * but another participant recorded by role only; {@code language} of the invitation mail (ISO 639-1).
     */
    record NewMember(
            MemberRole role,
            String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable CityId city,
            @Nullable OtherKind kind,
            @Nullable String language) {

        public NewMember {
            PeerReviewRules.requireChosen(role, "role");
            name = PeerReviewRules.RULES.required(name, 200, "name");
            email = PeerReviewRules.email(email);
            organisation = PeerReviewRules.RULES.optional(organisation, 300, "organisation");
            language = PeerReviewRules.RULES.optional(language, 10, "language");
        }
    }

    /**
     * What was heard: who by role (and by name only with their consent), how, and the account of it.
     *
     * @param heardName null unless {@code consent}
     */
    record HearingContent(
            String factor,
            Method method,
            String heardRole,
            @Nullable String heardName,
            boolean consent,
            String account) {

        public HearingContent {
            factor = PeerReviewRules.RULES.required(factor, 100, "factor");
            PeerReviewRules.requireChosen(method, "method");
            heardRole = PeerReviewRules.RULES.required(heardRole, 300, "heardRole");
            heardName = PeerReviewRules.RULES.optional(heardName, 200, "heardName");
            if (heardName != null && !consent) {
                throw org.equicity.shared.RuleViolationException.about(
                        "heardName", "peerreview.rule.name-without-consent", "heardName");
            }
            account = PeerReviewRules.RULES.required(account, 20_000, "account");
        }
    }

    record ConclusionContent(
            @Nullable String conclusions, @Nullable String recommendations) {

        public ConclusionContent {
            conclusions = PeerReviewRules.RULES.optional(conclusions, 20_000, "conclusions");
            recommendations = PeerReviewRules.RULES.optional(recommendations, 20_000, "recommendations");
        }
    }

    /** A member as the team and host see it; {@code email} is null in the public view and for one recorded by role. */
    record Member(
            UUID id,
            MemberRole role,
            String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable CityId city,
            @Nullable String cityName,
            @Nullable OtherKind kind) {}

    record Hearing(
            UUID id,
            String factor,
            Method method,
            String heardRole,
            @Nullable String heardName,
            String account,
            Instant recordedAt) {}

    record ReviewSummary(
            PeerReviewId id,
            CityId city,
            String citySlug,
            String cityName,
            SelfAssessmentId assessment,
            FrameworkRef framework,
            String title,
            State state,
            Instant createdAt,
            @Nullable Instant publishedAt) {

        public boolean isPublished() {
            return publishedAt != null;
        }
    }

    /**
     * A key factor as the team reviews it: the host's judgement and explanation, the evidence shared with the team,
     * what was heard and the team's conclusions.
     */
    record FactorReview(
            FrameworkItem factor,
            @Nullable String judgement,
            @Nullable String explanation,
            List<EvidenceView> sharedEvidence,
            List<Hearing> hearings,
            ConclusionContent conclusion) {

        public FactorReview {
            sharedEvidence = List.copyOf(sharedEvidence);
            hearings = List.copyOf(hearings);
        }

        public String code() {
            return factor.code();
        }
    }

    /**
     * A review whole. {@code hosting}: the reader may act for the host; {@code member}: the reader is on the team;
     * {@code leading}: the reader is its expert leader. {@code allEvidence} is the self-assessment's evidence the host
     * may share (empty for anyone but the host).
     */
    record ReviewView(
            ReviewSummary summary,
            long version,
            SelfAssessmentSummary assessment,
            List<Member> members,
            List<FactorReview> factors,
            List<EvidenceView> allEvidence,
            List<EvidenceId> shared,
            @Nullable LocalDate visitFrom,
            @Nullable LocalDate visitTo,
            @Nullable LocalDate feedbackOn,
            @Nullable String feedbackNotes,
            @Nullable String followUpReport,
            boolean hosting,
            boolean member,
            boolean leading) {

        public ReviewView {
            members = List.copyOf(members);
            factors = List.copyOf(factors);
            allEvidence = List.copyOf(allEvidence);
            shared = List.copyOf(shared);
        }

        public PeerReviewId id() {
            return summary.id();
        }

        public State state() {
            return summary.state();
        }
    }

    /**
     * The network's overview: per key factor the member cities not (fully) meeting it as published ({@code shown}
     * null where the disclosure rules hide it, {@code marker} then says why), out of {@code assessed} cities.
     */
    record NetworkOverview(
            NetworkId network,
            FrameworkRef framework,
            @Nullable Long assessed,
            List<FactorCount> factors,
            List<Disclosure.LegendEntry> legend) {

        public NetworkOverview {
            factors = List.copyOf(factors);
            legend = List.copyOf(legend);
        }
    }

    record FactorCount(
            FrameworkItem factor,
            @Nullable Long notMet,
            @Nullable String marker) {}
}
