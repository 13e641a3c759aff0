package org.equicity.review.web;

import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equicity.review.AssignmentId;
import org.equicity.review.Reviews;
import org.equicity.review.Reviews.Criterion;
import org.equicity.review.Reviews.Gap;
import org.equicity.review.Reviews.ReviewView;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.FormErrors;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's pages: their assignments across networks, and the review form of one. Saving keeps a draft; submitting
 * saves and then submits, so that what was typed is kept even when something is still missing.
 */
@Controller
@RequestMapping("/reviews")
class ReviewerPages {

    private final Reviews reviews;
    private final MessageSource messages;
    private final Translations translations;

    ReviewerPages(Reviews reviews, MessageSource messages, Translations translations) {
        this.reviews = reviews;
        this.messages = messages;
        this.translations = translations;
    }

    @GetMapping
    String mine(Model model) {
        model.addAttribute("assignments", reviews.mine());
        return "review/mine";
    }

    @GetMapping("/{id}")
    String review(
            @PathVariable UUID id,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Model model) {
        var review = reviews.review(new AssignmentId(id));
        return form(review, ReviewForm.of(review), errors(), originals, model);
    }

    @PostMapping("/{id}")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") ReviewForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String intent,
            Model model,
            RedirectAttributes redirect) {
        var assignment = new AssignmentId(id);
        var errors = errors().add(binding);
        var content = errors.isEmpty() ? form.content(errors) : null;
        if (content == null) {
            return form(reviews.review(assignment), form, errors, model);
        }
        long version;
        try {
            version = reviews.save(assignment, form.getVersion(), content);
        } catch (RuleViolationException invalid) {
            return form(reviews.review(assignment), form, errors.add(invalid, "assessment"), model);
        } catch (ObjectOptimisticLockingFailureException conflict) {
            var stored = reviews.review(assignment);
            model.addAttribute("conflict", true);
            form.setVersion(stored.version());
            return form(stored, form, errors, model);
        }
        if (!"submit".equals(intent)) {
            redirect.addFlashAttribute("notice", "review.notice.saved");
            return "redirect:/reviews/" + id;
        }
        try {
            reviews.submit(assignment, version);
        } catch (RuleViolationException incomplete) {
            var stored = reviews.review(assignment);
            form.setVersion(stored.version());
            model.addAttribute("notice", "review.notice.saved-incomplete");
            return form(stored, form, gaps(stored, errors), model);
        }
        redirect.addFlashAttribute("notice", "review.notice.submitted");
        return "redirect:/reviews";
    }

    /** Each thing still missing, next to its field. */
    private FormErrors gaps(ReviewView review, FormErrors errors) {
        var locale = LocaleContextHolder.getLocale();
        for (var gap : review.gaps()) {
            if (gap.criterion() == null) {
                errors.add(new RuleViolationException("review.missing." + gap.part()), gap.part());
                continue;
            }
            var label = review.criteriaItems().stream()
                    .filter(criterion -> criterion.code().equals(gap.criterion()))
                    .findFirst()
                    .map(criterion -> criterion.label().in(locale))
                    .orElse(gap.criterion());
            var field = (Gap.RATING.equals(gap.part()) ? "rating-" : "justification-") + gap.criterion();
            errors.add(new RuleViolationException("review.missing." + gap.part(), label), field);
        }
        return errors;
    }

    private String form(ReviewView review, ReviewForm form, FormErrors errors, Model model) {
        return form(review, form, errors, false, model);
    }

    /** A reviewer from another country reads the practice in their language, with the original at hand. */
    private String form(ReviewView review, ReviewForm form, FormErrors errors, boolean originals, Model model) {
        model.addAttribute(
                "texts",
                translations.forReader(
                        review.practice().translatableFields(), LocaleContextHolder.getLocale(), originals));
        model.addAttribute("review", review);
        model.addAttribute(
                "criteria",
                review.criteriaItems().stream()
                        .collect(Collectors.toMap(
                                Criterion::code, Function.identity(), (a, b) -> a, LinkedHashMap::new)));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ratings", Reviews.Rating.values());
        model.addAttribute("recommendations", Reviews.Recommendation.values());
        return "review/form";
    }

    private FormErrors errors() {
        return ReviewFormErrors.of(messages, LocaleContextHolder.getLocale());
    }
}
