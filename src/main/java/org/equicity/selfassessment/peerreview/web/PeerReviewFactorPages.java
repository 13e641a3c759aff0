package org.equicity.selfassessment.peerreview.web;

import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.selfassessment.peerreview.PeerReviewId;
import org.equicity.selfassessment.peerreview.PeerReviews;
import org.equicity.selfassessment.peerreview.PeerReviews.Method;
import org.equicity.selfassessment.peerreview.PeerReviews.ReviewView;
import org.equicity.selfassessment.peerreview.PeerReviews.State;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.ConclusionForm;
import org.equicity.selfassessment.peerreview.web.PeerReviewForms.HearingForm;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One key factor of a peer review on a page of its own, where the team records what it heard and writes its
 * conclusions and recommendations while the visit is open: one form of each on the page, so that each error stands
 * beside its field. The factor is read as the review page shows it, to the same readers.
 */
@Controller
@RequestMapping("/cities/{citySlug}/peer-reviews/{id}/factors/{factor}")
class PeerReviewFactorPages {

    private final PeerReviews reviews;
    private final PageForms forms;

    PeerReviewFactorPages(PeerReviews reviews, PageForms forms) {
        this.reviews = reviews;
        this.forms = forms;
    }

    @GetMapping
    String factor(CitySummary city, @PathVariable UUID id, @PathVariable String factor, Model model) {
        forms.errors(model);
        return page(city, id, factor, model);
    }

    @PostMapping("/hearings")
    String hear(
            CitySummary city,
            @PathVariable UUID id,
            @PathVariable String factor,
            @ModelAttribute("hearingForm") HearingForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "peerreview.notice.heard",
                () -> {
                    reviews.recordHearing(new PeerReviewId(id), form.content(factor));
                    return address(city, id, factor) + "#hearings-title";
                },
                conflict -> page(city, id, factor, model));
    }

    @PostMapping("/conclusion")
    String conclude(
            CitySummary city,
            @PathVariable UUID id,
            @PathVariable String factor,
            @ModelAttribute("conclusionForm") ConclusionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var review = new PeerReviewId(id);
        var errors = forms.errors(binding, model);
        return forms.save(
                errors,
                model,
                redirect,
                "peerreview.notice.concluded",
                () -> {
                    reviews.writeConclusion(review, factor, form.version(), form.content());
                    return address(city, id, factor);
                },
                conflict -> {
                    if (conflict) {
                        model.addAttribute(
                                "conclusionForm",
                                form.over(reviews.review(review).version()));
                    }
                    return page(city, id, factor, model);
                });
    }

    private String page(CitySummary city, UUID id, String code, Model model) {
        var review = review(reviews, city, id);
        var factor = review.factors().stream()
                .filter(candidate -> candidate.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Key factor", code));
        model.addAttribute("review", review);
        model.addAttribute("factor", factor);
        model.addAttribute("visiting", review.state() == State.VISITING);
        model.addAttribute("concluding", review.state() == State.VISITING || review.state() == State.FEEDBACK_GIVEN);
        model.addAttribute("methods", Choices.named(Method.values()));
        if (!model.containsAttribute("hearingForm")) {
            model.addAttribute("hearingForm", HearingForm.blank());
        }
        if (!model.containsAttribute("conclusionForm")) {
            model.addAttribute("conclusionForm", ConclusionForm.of(factor, review.version()));
        }
        return "peerreview/factor";
    }

    /**
     * The review for its host city's people and its team, the published one for everyone else; 404 where it is not
     * a review of this city, or not published and the reader not entitled.
     */
    static ReviewView review(PeerReviews reviews, CitySummary city, UUID id) {
        ReviewView review;
        try {
            review = reviews.review(new PeerReviewId(id));
        } catch (AccessDeniedException outsider) {
            review = reviews.publishedReview(new PeerReviewId(id));
        }
        if (!review.summary().city().equals(city.id())) {
            throw new NotFoundException("Peer review", id);
        }
        return review;
    }

    static String address(CitySummary city, UUID id, String factor) {
        return PeerReviewPages.address(city, id) + "/factors/" + factor;
    }
}
