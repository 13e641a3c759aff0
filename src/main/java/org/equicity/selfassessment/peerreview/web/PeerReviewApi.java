package org.equicity.selfassessment.peerreview.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.selfassessment.peerreview.PeerReviews.NetworkOverview;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewSummary;
import org.equicity.shared.CityId;
import org.equicity.shared.NetworkId;
import org.equicity.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Peer reviews for machines, with the facade's rules: the host city's coordinators prepare, invite, share, open the
 * visit and publish; the team records hearings and concludes; the expert leader holds the feedback session and
 * closes. The report itself, as JSON and PDF, is {@link PeerReviewExportApi}'s.
 */
@RestController
@Tag(name = "Peer review")
class PeerReviewApi {

    private final PeerReviews reviews;

    PeerReviewApi(PeerReviews reviews) {
        this.reviews = reviews;
    }

    record Created(UUID id) {}

    record NewReviewBody(
            @NotNull UUID selfAssessment, @Nullable String title) {}

    /** {@code city} for a peer, {@code kind} for another participant, {@code email} for all but one recorded by role. */
    record MemberBody(
            @NotNull MemberRole role,
            @Nullable String name,
            @Nullable String email,
            @Nullable String organisation,
            @Nullable UUID city,
            @Nullable OtherKind kind,
            @Nullable String language) {}

    record SharedEvidenceBody(@NotNull List<UUID> evidence) {}

    record VisitBody(
            @NotNull Long version,
            @NotNull LocalDate visitFrom,
            @NotNull LocalDate visitTo) {}

    record HearingBody(
            @Nullable String factor,
            @NotNull Method method,
            @Nullable String heardRole,
            @Nullable String heardName,
            boolean consent,
            @Nullable String account) {}

    record ConclusionBody(
            @NotNull Long version,
            @Nullable String conclusions,
            @Nullable String recommendations) {}

    record FeedbackBody(
            @NotNull Long version,
            @NotNull LocalDate feedbackOn,
            @Nullable String feedbackNotes) {}

    record FollowUpBody(@NotNull Long version, @Nullable String followUpReport) {}

    @PostMapping("/api/v1/peer-reviews")
    @Operation(summary = "Prepare a peer review of a signed-off self-assessment (the host city's coordinators)")
    ResponseEntity<Created> prepare(@Valid @RequestBody NewReviewBody body) {
        var id = reviews.prepare(new SelfAssessmentId(body.selfAssessment()), orEmpty(body.title()));
        return ResponseEntity.created(URI.create("/api/v1/peer-reviews/" + id.value()))
                .body(new Created(id.value()));
    }

    @GetMapping("/api/v1/peer-reviews/mine")
    @Operation(summary = "The reviews the signed-in person is on the team of")
    List<ReviewSummary> mine() {
        return reviews.mine();
    }

    @GetMapping("/api/v1/cities/{cityId}/peer-reviews")
    @Operation(summary = "The city's peer reviews: all of them for its people, the published ones for everyone else")
    List<ReviewSummary> ofCity(@PathVariable UUID cityId) {
        return reviews.ofCity(new CityId(cityId));
    }

    @PostMapping("/api/v1/peer-reviews/{id}/members")
    @Operation(summary = "Invite a member of the review team (the host), while the review is being prepared")
    ResponseEntity<Created> invite(@PathVariable UUID id, @Valid @RequestBody MemberBody body) {
        var member = reviews.invite(
                new PeerReviewId(id),
                new NewMember(
                        body.role(),
                        orEmpty(body.name()),
                        body.email(),
                        body.organisation(),
                        body.city() == null ? null : new CityId(body.city()),
                        body.kind(),
                        body.language()));
        return ResponseEntity.created(URI.create("/api/v1/peer-reviews/" + id + "/members/" + member))
                .body(new Created(member));
    }

    @DeleteMapping("/api/v1/peer-reviews/{id}/members/{teamMemberId}")
    @Operation(summary = "Remove a member of the review team (the host), while the review is being prepared")
    ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID teamMemberId) {
        reviews.removeMember(new PeerReviewId(id), teamMemberId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/peer-reviews/{id}/shared-evidence")
    @Operation(summary = "Share exactly these pieces of the self-assessment's evidence with the team (the host)")
    ResponseEntity<Void> share(@PathVariable UUID id, @Valid @RequestBody SharedEvidenceBody body) {
        reviews.shareEvidence(
                new PeerReviewId(id),
                body.evidence().stream().map(EvidenceId::new).toList());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/peer-reviews/{id}/visit")
    @Operation(summary = "Open the visit (the host): needs a peer and the expert leader on the team")
    ResponseEntity<Void> openVisit(@PathVariable UUID id, @Valid @RequestBody VisitBody body) {
        reviews.openVisit(new PeerReviewId(id), body.version(), body.visitFrom(), body.visitTo());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/peer-reviews/{id}/hearings")
    @Operation(
            summary = "Record interview or focus-group evidence on a key factor (the team, during the visit): who"
                    + " was heard by role, by name only with their consent")
    ResponseEntity<Created> hear(@PathVariable UUID id, @Valid @RequestBody HearingBody body) {
        var hearing = reviews.recordHearing(
                new PeerReviewId(id),
                new HearingContent(
                        orEmpty(body.factor()),
                        body.method(),
                        orEmpty(body.heardRole()),
                        body.heardName(),
                        body.consent(),
                        orEmpty(body.account())));
        return ResponseEntity.created(URI.create("/api/v1/peer-reviews/" + id)).body(new Created(hearing));
    }

    @PutMapping("/api/v1/peer-reviews/{id}/conclusions/{factor}")
    @Operation(summary = "Write the team's conclusions and recommendations on a key factor")
    ResponseEntity<Void> conclude(
            @PathVariable UUID id, @PathVariable String factor, @Valid @RequestBody ConclusionBody body) {
        reviews.writeConclusion(
                new PeerReviewId(id),
                factor,
                body.version(),
                new ConclusionContent(body.conclusions(), body.recommendations()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/peer-reviews/{id}/feedback-session")
    @Operation(summary = "Record the feedback session given to the host (the expert leader)")
    ResponseEntity<Void> feedback(@PathVariable UUID id, @Valid @RequestBody FeedbackBody body) {
        reviews.holdFeedbackSession(
                new PeerReviewId(id), body.version(), body.feedbackOn(), orEmpty(body.feedbackNotes()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/peer-reviews/{id}/follow-up-report")
    @Operation(summary = "Close the review with the follow-up report (the expert leader)")
    ResponseEntity<Void> close(@PathVariable UUID id, @Valid @RequestBody FollowUpBody body) {
        reviews.closeWithFollowUpReport(new PeerReviewId(id), body.version(), orEmpty(body.followUpReport()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/api/v1/peer-reviews/{id}/publication")
    @Operation(summary = "Publish the closed review (the host)")
    ResponseEntity<Void> publish(@PathVariable UUID id) {
        reviews.publish(new PeerReviewId(id));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/v1/peer-reviews/{id}/publication")
    @Operation(summary = "Take a published review back (the host)")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        reviews.withdrawPublication(new PeerReviewId(id));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/networks/{id}/self-assessment-overview")
    @Operation(
            summary = "Per key factor, how many member cities do not (fully) meet it by the self-assessments they"
                    + " share, counts under the disclosure rules (the network's secretariat)")
    NetworkOverview overview(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "eurocities-benchmark-key-factors@2012") String framework) {
        FrameworkRef ref;
        try {
            ref = FrameworkRef.parse(framework.strip());
        } catch (IllegalArgumentException malformed) {
            throw new NotFoundException("Framework", framework);
        }
        return reviews.overview(new NetworkId(id), ref);
    }

    /** A missing text reaches the facade's rule, which names the field, rather than a generic 400. */
    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
