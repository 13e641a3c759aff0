package org.equicity.review.web;

import java.util.UUID;
import org.equicity.network.Networks.NetworkDetails;
import org.equicity.practice.PracticeId;
import org.equicity.report.ReportedActionId;
import org.equicity.review.Reviews;
import org.equicity.review.Reviews.Decision;
import org.equicity.review.Reviews.PracticeReviews;
import org.equicity.review.Reviews.ReviewerOption;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.PersonId;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The network secretariat's review pages: the accepted actions to nominate and the practices under review with their
 * progress, and one practice's reviews side by side with the committee's decision. The facade checks that the reader
 * runs the network.
 */
@Controller
@RequestMapping("/manage/networks/{slug}/reviews")
class SecretariatPages {

    private final Reviews reviews;
    private final PageForms forms;
    private final Translations translations;

    SecretariatPages(Reviews reviews, PageForms forms, Translations translations) {
        this.reviews = reviews;
        this.forms = forms;
        this.translations = translations;
    }

    @GetMapping
    String board(NetworkDetails network, Model model) {
        model.addAttribute("board", reviews.board(network.id()));
        return "review/board";
    }

    /** Assigns a reviewer to a practice, or to an accepted action, which is nominated as a practice first. */
    @PostMapping("/assignments")
    String assign(
            NetworkDetails network,
            @RequestParam(required = false) UUID practice,
            @RequestParam(required = false) UUID action,
            @RequestParam(required = false) UUID reviewer,
            @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        try {
            if (reviewer == null) {
                throw new RuleViolationException("review.rule.choose-reviewer");
            }
            if (practice != null) {
                requireOfNetwork(network, reviews.reviewsOf(new PracticeId(practice)));
                reviews.assign(new PracticeId(practice), new PersonId(reviewer));
            } else if (action != null) {
                reviews.assign(new ReportedActionId(action), new PersonId(reviewer));
            } else {
                throw new RuleViolationException("review.rule.practice-or-action");
            }
            redirect.addFlashAttribute("notice", "review.notice.assigned");
        } catch (RuleViolationException refused) {
            redirect.addFlashAttribute("problem", refused.messageKey());
            redirect.addFlashAttribute("problemArguments", refused.arguments());
        }
        var base = "/manage/networks/" + network.slug() + "/reviews";
        return "redirect:" + ("practice".equals(back) && practice != null ? base + "/" + practice : base);
    }

    @GetMapping("/{practiceId}")
    String practice(
            NetworkDetails network,
            @PathVariable UUID practiceId,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Model model) {
        var practice = requireOfNetwork(network, reviews.reviewsOf(new PracticeId(practiceId)));
        forms.errors(model);
        return practice(practice, null, null, originals, model);
    }

    @PostMapping("/{practiceId}/decision")
    String decide(
            NetworkDetails network,
            @PathVariable UUID practiceId,
            @RequestParam(required = false) Decision decision,
            @RequestParam(required = false) String note,
            Model model,
            RedirectAttributes redirect) {
        var id = new PracticeId(practiceId);
        var practice = requireOfNetwork(network, reviews.reviewsOf(id));
        try {
            reviews.decide(id, decision, note);
        } catch (RuleViolationException refused) {
            // a rule about the practice as a whole (decided already, no review yet) is about the decision asked for
            forms.errors(model).add(refused, refused.field() == null ? "decision" : refused.field());
            return practice(practice, decision, note, false, model);
        }
        redirect.addFlashAttribute(
                "notice", decision == Decision.DESIGNATE ? "review.notice.designated" : "review.notice.declined");
        return "redirect:/manage/networks/" + network.slug() + "/reviews/" + practiceId;
    }

    /** The practice's texts are shown in the reader's language, as the committee members may not share one. */
    private String practice(PracticeReviews practice, Decision decision, String note, boolean originals, Model model) {
        model.addAttribute(
                "texts",
                translations.forReader(
                        practice.practice().translatableFields(), LocaleContextHolder.getLocale(), originals));
        model.addAttribute("reviews", practice);
        model.addAttribute(
                "reviewers",
                Choices.of(
                        practice.eligible(),
                        reviewer -> reviewer.person().value().toString(),
                        ReviewerOption::displayName));
        model.addAttribute("decisions", Decision.values());
        model.addAttribute("decision", decision);
        model.addAttribute("note", note);
        return "review/practice";
    }

    /** Another network's practice is not found under this network's address. */
    private static PracticeReviews requireOfNetwork(NetworkDetails network, PracticeReviews practice) {
        if (!practice.practice().summary().network().equals(network.id())) {
            throw new NotFoundException(
                    "Practice", practice.practice().summary().id().value());
        }
        return practice;
    }
}
