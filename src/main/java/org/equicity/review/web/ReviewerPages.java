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
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final PageForms forms;
    private final Translations translations;

    ReviewerPages(Reviews reviews, PageForms forms, Translations translations) {
        this.reviews = reviews;
        this.forms = forms;
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
        forms.errors(model);
        return form(review, ReviewForm.of(review), originals, model);
    }

    /**
     * Saves the draft; with the intent to submit, submits it as well, and where something is still missing, shows
     * the saved form with each gap beside its field instead of a redirect.
     */
    @PostMapping("/{id}")
    String save(
            @PathVariable UUID id,
            @ModelAttribute("form") ReviewForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "save") String intent,
            Model model,
            RedirectAttributes redirect) {
        var assignment = new AssignmentId(id);
        var errors = forms.errors(binding, model);
        var content = errors.isEmpty() ? form.content(errors) : null;
        var submit = "submit".equals(intent);
        return forms.save(
                errors,
                model,
                redirect,
                submit ? "review.notice.submitted" : "review.notice.saved",
                () -> {
                    var version = reviews.save(assignment, form.version(), content);
                    if (!submit) {
                        return "/reviews/" + id;
                    }
                    reviews.submit(assignment, version);
                    return "/reviews";
                },
                conflict -> {
                    var stored = reviews.review(assignment);
                    if (!conflict && submit && stored.version() != form.version()) {
                        // saved, but not complete enough to submit: each gap beside its field, instead of the rule
                        model.addAttribute("notice", "review.notice.saved-incomplete");
                        gaps(stored, forms.errors(model));
                        return form(stored, form.over(stored.version()), false, model);
                    }
                    return form(stored, conflict ? form.over(stored.version()) : form, false, model);
                });
    }

    /** Each thing still missing, next to its field. */
    private void gaps(ReviewView review, FormErrors errors) {
        var locale = LocaleContextHolder.getLocale();
        for (var gap : review.gaps()) {
            if (gap.criterion() == null) {
                errors.add(gap.part(), "review.missing." + gap.part());
                continue;
            }
            var label = review.criteriaItems().stream()
                    .filter(criterion -> criterion.code().equals(gap.criterion()))
                    .findFirst()
                    .map(criterion -> criterion.label().in(locale))
                    .orElse(gap.criterion());
            var field = (Gap.RATING.equals(gap.part()) ? "rating-" : "justification-") + gap.criterion();
            errors.add(field, "review.missing." + gap.part(), label);
        }
    }

    /** A reviewer from another country reads the practice in their language, with the original at hand. */
    private String form(ReviewView review, ReviewForm form, boolean originals, Model model) {
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
        model.addAttribute("ratings", Reviews.Rating.values());
        model.addAttribute("recommendations", Choices.named(Reviews.Recommendation.values()));
        return "review/form";
    }
}
