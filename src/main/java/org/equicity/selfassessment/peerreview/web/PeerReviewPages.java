package org.equicity.selfassessment.peerreview.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.ConclusionContent;
import org.equicity.selfassessment.peerreview.PeerReviews.HearingContent;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.selfassessment.peerreview.PeerReviews.NewMember;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.selfassessment.peerreview.PeerReviews.State;
import org.equicity.shared.CityId;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's peer reviews and each review's page. The host city's people see all of the city's reviews and the whole
 * review; its coordinators prepare, invite, share evidence, open the visit and publish; the team records and
 * concludes, the expert leader gives feedback and closes. Everyone else sees the published reviews only, without
 * addresses and hearings; a review not published does not exist for them.
 */
@Controller
class PeerReviewPages {

    private final PeerReviews reviews;
    private final SelfAssessments assessments;
    private final Networks networks;
    private final PageForms forms;

    PeerReviewPages(PeerReviews reviews, SelfAssessments assessments, Networks networks, PageForms forms) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.networks = networks;
        this.forms = forms;
    }

    @GetMapping("/cities/{citySlug}/peer-reviews")
    String list(CitySummary city, Model model) {
        var hosting = reviews.canHost(city.id());
        model.addAttribute("hosting", hosting);
        model.addAttribute("reviews", reviews.ofCity(city.id()));
        model.addAttribute(
                "signedOff",
                hosting
                        ? assessments.ofCity(city.id()).stream()
                                .filter(summary -> summary.state() == SelfAssessments.State.SIGNED_OFF)
                                .toList()
                        : List.of());
        return "peerreview/list";
    }

    @PostMapping("/cities/{citySlug}/peer-reviews")
    String prepare(
            CitySummary city,
            @RequestParam(required = false) @Nullable UUID assessment,
            @RequestParam(defaultValue = "") String title,
            RedirectAttributes redirect) {
        var list = "/cities/" + city.slug() + "/peer-reviews";
        return forms.act(
                redirect,
                list,
                "peerreview.notice.prepared",
                "peerreview.conflict",
                () -> reviews.prepare(new SelfAssessmentId(PeerReviewChoices.chosen(assessment, "assessment")), title));
    }

    @GetMapping("/peer-reviews/mine")
    String mine(Model model) {
        model.addAttribute("reviews", reviews.mine());
        return "peerreview/mine";
    }

    @GetMapping("/cities/{citySlug}/peer-reviews/{id}")
    String review(CitySummary city, @PathVariable UUID id, Model model) {
        PeerReviews.ReviewView review;
        try {
            review = reviews.review(new PeerReviewId(id));
        } catch (AccessDeniedException outsider) {
            review = reviews.publishedReview(new PeerReviewId(id));
        }
        if (!review.summary().city().equals(city.id())) {
            throw new NotFoundException("Peer review", id);
        }
        model.addAttribute("review", review);
        model.addAttribute("roles", MemberRole.values());
        model.addAttribute("kinds", OtherKind.values());
        model.addAttribute("methods", Method.values());
        model.addAttribute("preparing", review.state() == State.PREPARING);
        model.addAttribute("visiting", review.state() == State.VISITING);
        model.addAttribute("feedbackGiven", review.state() == State.FEEDBACK_GIVEN);
        model.addAttribute("closed", review.state() == State.CLOSED);
        model.addAttribute("concluding", review.state() == State.VISITING || review.state() == State.FEEDBACK_GIVEN);
        model.addAttribute(
                "peerCities",
                review.hosting() && review.state() == State.PREPARING
                        ? PeerCities.of(networks, review.summary().city())
                        : List.of());
        return "peerreview/review";
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/members")
    String invite(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam(required = false) @Nullable MemberRole role,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String email,
            @RequestParam(required = false) @Nullable String organisation,
            @RequestParam(name = "city", required = false) @Nullable UUID peerCity,
            @RequestParam(required = false) @Nullable OtherKind kind,
            @RequestParam(required = false) @Nullable String language,
            RedirectAttributes redirect) {
        return act(
                city,
                id,
                redirect,
                "peerreview.notice.invited",
                review -> reviews.invite(
                        review,
                        new NewMember(
                                PeerReviewChoices.chosen(role, "role"),
                                name,
                                blankToNull(email),
                                blankToNull(organisation),
                                peerCity == null ? null : new CityId(peerCity),
                                kind,
                                blankToNull(language))));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/members/{member}/removal")
    String remove(CitySummary city, @PathVariable UUID id, @PathVariable UUID member, RedirectAttributes redirect) {
        return act(city, id, redirect, "peerreview.notice.removed", review -> reviews.removeMember(review, member));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/shared-evidence")
    String share(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam(name = "evidence", required = false) @Nullable List<UUID> evidence,
            RedirectAttributes redirect) {
        var chosen = evidence == null
                ? List.<EvidenceId>of()
                : evidence.stream().map(EvidenceId::new).toList();
        return act(city, id, redirect, "peerreview.notice.shared", review -> reviews.shareEvidence(review, chosen));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/visit")
    String openVisit(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable LocalDate visitFrom,
            @RequestParam(required = false) @Nullable LocalDate visitTo,
            RedirectAttributes redirect) {
        return act(
                city,
                id,
                redirect,
                "peerreview.notice.visit-opened",
                review -> reviews.openVisit(
                        review,
                        version,
                        PeerReviewChoices.chosen(visitFrom, "visitFrom"),
                        PeerReviewChoices.chosen(visitTo, "visitTo")));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/hearings")
    String hear(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String factor,
            @RequestParam(required = false) @Nullable Method method,
            @RequestParam(defaultValue = "") String heardRole,
            @RequestParam(required = false) @Nullable String heardName,
            @RequestParam(defaultValue = "false") boolean consent,
            @RequestParam(defaultValue = "") String account,
            RedirectAttributes redirect) {
        return act(
                city,
                id,
                redirect,
                "peerreview.notice.heard",
                review -> reviews.recordHearing(
                        review,
                        new HearingContent(
                                factor,
                                PeerReviewChoices.chosen(method, "method"),
                                heardRole,
                                blankToNull(heardName),
                                consent,
                                account)));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/conclusions/{factor}")
    String conclude(
            CitySummary city,
            @PathVariable UUID id,
            @PathVariable String factor,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable String conclusions,
            @RequestParam(required = false) @Nullable String recommendations,
            RedirectAttributes redirect) {
        return act(
                city,
                id,
                redirect,
                "peerreview.notice.concluded",
                review -> reviews.writeConclusion(
                        review, factor, version, new ConclusionContent(conclusions, recommendations)));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/feedback-session")
    String feedback(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(required = false) @Nullable LocalDate feedbackOn,
            @RequestParam(defaultValue = "") String feedbackNotes,
            RedirectAttributes redirect) {
        return act(
                city,
                id,
                redirect,
                "peerreview.notice.feedback",
                review -> reviews.holdFeedbackSession(
                        review, version, PeerReviewChoices.chosen(feedbackOn, "feedbackOn"), feedbackNotes));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/follow-up-report")
    String close(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String followUpReport,
            RedirectAttributes redirect) {
        return act(
                city,
                id,
                redirect,
                "peerreview.notice.closed",
                review -> reviews.closeWithFollowUpReport(review, version, followUpReport));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/publication")
    String publish(
            CitySummary city,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "true") boolean publish,
            RedirectAttributes redirect) {
        return act(
                city, id, redirect, publish ? "peerreview.notice.published" : "peerreview.notice.withdrawn", review -> {
                    if (publish) {
                        reviews.publish(review);
                    } else {
                        reviews.withdrawPublication(review);
                    }
                });
    }

    /**
     * Acts through the facade, which authorises by the review's own host city; the address only leads back to the
     * review's page, which answers 404 under another city.
     */
    private String act(
            CitySummary city, UUID id, RedirectAttributes redirect, String notice, Consumer<PeerReviewId> change) {
        var review = new PeerReviewId(id);
        var address = "/cities/" + city.slug() + "/peer-reviews/" + id;
        return forms.act(redirect, address, notice, "peerreview.conflict", () -> change.accept(review));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
