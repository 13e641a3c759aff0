package org.equicity.selfassessment.peerreview.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.FactorReview;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.shared.CityId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms of the peer-review pages. Their field names differ from each other's, so that a page with several of
 * them shows each error beside its field; each makes the facade's record, whose rules name the same fields.
 */
final class PeerReviewForms {

    private PeerReviewForms() {}

    /** A review of one of the city's signed-off self-assessments. */
    record PrepareForm(@Nullable UUID assessment, @Nullable String title) {

        static PrepareForm blank() {
            return new PrepareForm(null, null);
        }

        SelfAssessmentId chosen() {
            return new SelfAssessmentId(PeerReviewChoices.chosen(assessment, "assessment"));
        }

        String titled() {
            return title == null ? "" : title;
        }
    }

    /** A member of the team: {@code city} for a peer, {@code kind} for another participant. */
    record InviteForm(
            @Nullable MemberRole role,
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable UUID city,
            @Nullable OtherKind kind) {

        static InviteForm blank() {
            return new InviteForm(MemberRole.PEER, null, null, null, null, null);
        }

        NewMember member() {
            return new NewMember(
                    PeerReviewChoices.chosen(role, "role"),
                    name == null ? "" : name,
                    email,
                    organisation,
                    city == null ? null : new CityId(city),
                    kind,
                    null);
        }
    }

    /** The pieces of the self-assessment's evidence shared with the team. */
    record ShareForm(@Nullable List<UUID> evidence) {

        List<UUID> chosen() {
            return evidence == null ? List.of() : evidence;
        }
    }

    /** The days of the visit; {@code version} is the review's the host started from. */
    record VisitForm(
            long version,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate visitFrom,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate visitTo) {

        VisitForm over(long stored) {
            return new VisitForm(stored, visitFrom, visitTo);
        }
    }

    /** What was heard about a key factor; a name only where the person agreed to be named. */
    record HearingForm(
            @Nullable Method method,
            @Nullable String heardRole,
            @Nullable String heardName,
            boolean consent,
            @Nullable String account) {

        static HearingForm blank() {
            return new HearingForm(Method.INTERVIEW, null, null, false, null);
        }

        HearingContent content(String factor) {
            return new HearingContent(
                    factor,
                    PeerReviewChoices.chosen(method, "method"),
                    heardRole == null ? "" : heardRole,
                    heardName,
                    consent,
                    account == null ? "" : account);
        }
    }

    /** The team's conclusions and recommendations on a key factor, over the review's {@code version}. */
    record ConclusionForm(
            long version,
            @Nullable String conclusions,
            @Nullable String recommendations) {

        static ConclusionForm of(FactorReview factor, long version) {
            return new ConclusionForm(
                    version,
                    factor.conclusion().conclusions(),
                    factor.conclusion().recommendations());
        }

        ConclusionForm over(long stored) {
            return new ConclusionForm(stored, conclusions, recommendations);
        }

        ConclusionContent content() {
            return new ConclusionContent(conclusions, recommendations);
        }
    }

    /** The feedback session the expert leader gave the host. */
    record FeedbackForm(
            long version,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate feedbackOn,

            @Nullable String feedbackNotes) {

        FeedbackForm over(long stored) {
            return new FeedbackForm(stored, feedbackOn, feedbackNotes);
        }
    }

    /** The follow-up report that closes the review. */
    record FollowUpForm(long version, @Nullable String followUpReport) {

        FollowUpForm over(long stored) {
            return new FollowUpForm(stored, followUpReport);
        }
    }
}
