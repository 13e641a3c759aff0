package org.equicity.selfassessment.peerreview.web;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import org.equicity.city.Cities.CitySummary;
import org.equicity.network.Networks;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.MemberRole;
import org.equicity.selfassessment.peerreview.PeerReviews.OtherKind;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewView;
import org.equicity.selfassessment.peerreview.PeerReviews.State;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.FeedbackForm;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.FollowUpForm;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.InviteForm;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.PrepareForm;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.ShareForm;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.VisitForm;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.FileDownloads;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A city's peer reviews and each review's page. The host city's people see all of the city's reviews and the whole
 * review; its coordinators prepare, invite, share evidence, open the visit and publish; the expert leader gives
 * feedback and closes. Everyone else sees the published reviews only, without addresses and hearings; a review not
 * published does not exist for them. What the team records per key factor is {@link PeerReviewFactorPages}'s. Each
 * form shows what the facade refuses beside its field.
 */
@Controller
class PeerReviewPages {

    private final PeerReviews reviews;
    private final SelfAssessments assessments;
    private final Networks networks;
    private final PageForms forms;
    private final MessageSource messages;

    PeerReviewPages(
            PeerReviews reviews,
            SelfAssessments assessments,
            Networks networks,
            PageForms forms,
            MessageSource messages) {
        this.reviews = reviews;
        this.assessments = assessments;
        this.networks = networks;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping("/cities/{citySlug}/peer-reviews")
    String list(CitySummary city, Model model) {
        forms.errors(model);
        return listPage(city, PrepareForm.blank(), model);
    }

    @PostMapping("/cities/{citySlug}/peer-reviews")
    String prepare(
            CitySummary city,
            @ModelAttribute("prepareForm") PrepareForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "peerreview.notice.prepared",
                () -> address(
                        city, reviews.prepare(form.chosen(), form.titled()).value()),
                conflict -> listPage(city, form, model));
    }

    @GetMapping("/peer-reviews/mine")
    String mine(Model model) {
        model.addAttribute("reviews", reviews.mine());
        return "peerreview/mine";
    }

    @GetMapping("/cities/{citySlug}/peer-reviews/{id}")
    String review(CitySummary city, @PathVariable UUID id, Model model) {
        forms.errors(model);
        return page(city, id, model);
    }

    /** A file the host shared with the team, as a download, for the host city's people and the team. */
    @GetMapping("/cities/{citySlug}/peer-reviews/{id}/evidence/{evidence}/file")
    ResponseEntity<byte[]> evidenceFile(CitySummary city, @PathVariable UUID id, @PathVariable UUID evidence) {
        var review = PeerReviewFactorPages.review(reviews, city, id);
        return FileDownloads.download(reviews.evidenceFile(review.id(), new EvidenceId(evidence)));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/members")
    String invite(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("inviteForm") InviteForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                city,
                id,
                binding,
                model,
                redirect,
                "peerreview.notice.invited",
                null,
                review -> reviews.invite(review, form.member()));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/members/{member}/removal")
    String remove(CitySummary city, @PathVariable UUID id, @PathVariable UUID member, RedirectAttributes redirect) {
        return act(city, id, redirect, "peerreview.notice.removed", review -> reviews.removeMember(review, member));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/shared-evidence")
    String share(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("shareForm") ShareForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var chosen = form.chosen().stream().map(EvidenceId::new).toList();
        return save(
                city,
                id,
                binding,
                model,
                redirect,
                "peerreview.notice.shared",
                null,
                review -> reviews.shareEvidence(review, chosen));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/visit")
    String openVisit(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("visitForm") VisitForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                city,
                id,
                binding,
                model,
                redirect,
                "peerreview.notice.visit-opened",
                stored -> model.addAttribute("visitForm", form.over(stored)),
                review -> reviews.openVisit(
                        review,
                        form.version(),
                        PeerReviewChoices.chosen(form.visitFrom(), "visitFrom"),
                        PeerReviewChoices.chosen(form.visitTo(), "visitTo")));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/feedback-session")
    String feedback(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("feedbackForm") FeedbackForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                city,
                id,
                binding,
                model,
                redirect,
                "peerreview.notice.feedback",
                stored -> model.addAttribute("feedbackForm", form.over(stored)),
                review -> reviews.holdFeedbackSession(
                        review,
                        form.version(),
                        PeerReviewChoices.chosen(form.feedbackOn(), "feedbackOn"),
                        form.feedbackNotes() == null ? "" : form.feedbackNotes()));
    }

    @PostMapping("/cities/{citySlug}/peer-reviews/{id}/follow-up-report")
    String close(
            CitySummary city,
            @PathVariable UUID id,
            @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                city,
                id,
                binding,
                model,
                redirect,
                "peerreview.notice.closed",
                stored -> model.addAttribute("followUpForm", form.over(stored)),
                review -> reviews.closeWithFollowUpReport(
                        review, form.version(), form.followUpReport() == null ? "" : form.followUpReport()));
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
     * Saves one of the review page's forms through the facade, which authorises by the review's own host city, and
     * shows the page again with the form's errors beside its fields; after a concurrent change, {@code over} puts
     * the form over the version stored now.
     */
    private String save(
            CitySummary city,
            UUID id,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            String notice,
            @Nullable LongFunction<Model> over,
            Consumer<PeerReviewId> change) {
        var review = new PeerReviewId(id);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                notice,
                () -> {
                    change.accept(review);
                    return address(city, id);
                },
                conflict -> {
                    if (conflict && over != null) {
                        over.apply(reviews.review(review).version());
                    }
                    return page(city, id, model);
                });
    }

    /** A button without a form: the address only leads back to the review's page, which is 404 under another city. */
    private String act(
            CitySummary city, UUID id, RedirectAttributes redirect, String notice, Consumer<PeerReviewId> change) {
        var review = new PeerReviewId(id);
        return forms.act(redirect, address(city, id), notice, "peerreview.conflict", () -> change.accept(review));
    }

    private String listPage(CitySummary city, PrepareForm form, Model model) {
        var hosting = reviews.canHost(city.id());
        model.addAttribute("hosting", hosting);
        model.addAttribute("reviews", reviews.ofCity(city.id()));
        model.addAttribute("prepareForm", form);
        model.addAttribute(
                "signedOff",
                hosting
                        ? Choices.of(
                                assessments.ofCity(city.id()).stream()
                                        .filter(summary -> summary.state() == SelfAssessments.State.SIGNED_OFF)
                                        .toList(),
                                summary -> summary.id().value().toString(),
                                summary -> text("peerreview.prepare.option", summary.title(), summary.signedOffOn()))
                        : Map.of());
        return "peerreview/list";
    }

    /** The review's page with a blank form wherever the request did not send one. */
    private String page(CitySummary city, UUID id, Model model) {
        var review = PeerReviewFactorPages.review(reviews, city, id);
        model.addAttribute("review", review);
        model.addAttribute("preparing", review.state() == State.PREPARING);
        model.addAttribute("visiting", review.state() == State.VISITING);
        model.addAttribute("feedbackGiven", review.state() == State.FEEDBACK_GIVEN);
        model.addAttribute("closed", review.state() == State.CLOSED);
        model.addAttribute("concluding", review.state() == State.VISITING || review.state() == State.FEEDBACK_GIVEN);
        model.addAttribute("roles", Choices.named(MemberRole.values()));
        model.addAttribute("kinds", Choices.named(OtherKind.values()));
        model.addAttribute("peerCities", peerCities(review));
        model.addAttribute(
                "shareChoices",
                Choices.of(
                        review.allEvidence(),
                        evidence -> evidence.id().value().toString(),
                        evidence -> text("peerreview.share.item", evidence.factor(), evidence.title())));
        blank(model, "inviteForm", InviteForm.blank());
        blank(model, "visitForm", new VisitForm(review.version(), null, null));
        blank(
                model,
                "shareForm",
                new ShareForm(review.shared().stream().map(EvidenceId::value).toList()));
        blank(model, "feedbackForm", new FeedbackForm(review.version(), null, null));
        blank(model, "followUpForm", new FollowUpForm(review.version(), null));
        return "peerreview/review";
    }

    private Map<String, String> peerCities(ReviewView review) {
        if (!review.hosting() || review.state() != State.PREPARING) {
            return Map.of();
        }
        return Choices.of(
                PeerCities.of(networks, review.summary().city()),
                peer -> peer.id().value().toString(),
                peer -> text("peerreview.team.peer-city", peer.name(), peer.network()));
    }

    private String text(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    static String address(CitySummary city, UUID id) {
        return "/cities/" + city.slug() + "/peer-reviews/" + id;
    }
}
