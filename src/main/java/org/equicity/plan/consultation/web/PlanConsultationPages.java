package org.equicity.plan.consultation.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.ActionId;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.plan.consultation.CommentId;
import org.equicity.plan.consultation.ConsultationTexts;
import org.equicity.plan.consultation.PlanConsultation;
import org.equicity.plan.consultation.PlanConsultation.NewComment;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.LanguageChoice;
import org.equicity.translation.Languages;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The consultation on a plan, for the city's people: the comments open and resolved, a form to comment while the
 * plan is in consultation, and for coordinators the forms to answer and resolve. Never public.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans/{planId}/consultation")
class PlanConsultationPages {

    private final Plans plans;
    private final PlanConsultation consultations;
    private final Cities cities;
    private final PageForms forms;

    private final Translations translations;
    private final MessageSource messages;

    PlanConsultationPages(
            Plans plans,
            PlanConsultation consultations,
            Cities cities,
            PageForms forms,
            Translations translations,
            MessageSource messages) {
        this.plans = plans;
        this.consultations = consultations;
        this.cities = cities;
        this.forms = forms;
        this.translations = translations;
        this.messages = messages;
    }

    @ModelAttribute("languageChoices")
    Map<String, String> languageChoices(
            @ModelAttribute(name = "city", binding = false) CitySummary city, Locale locale) {
        return Choices.of(Languages.choices(locale, city.mainLanguage()), LanguageChoice::code, LanguageChoice::name);
    }

    @ModelAttribute("city")
    CitySummary city(@PathVariable String citySlug) {
        var city = cities.findBySlug(citySlug).orElseThrow(() -> new NotFoundException("City", citySlug));
        if (!plans.canSeeDrafts(city.id())) {
            throw new AccessDeniedException("The consultation is for the city's people");
        }
        return city;
    }

    @GetMapping
    String consultation(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @RequestParam(name = "about", required = false) String about,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        var form = new CommentForm(about, null, view.details().language());
        var consultation = consultations.consultation(view.id());
        model.addAttribute("texts", translations.forReader(ConsultationTexts.of(consultation), locale, originals));
        return page(view, form, forms.errors(model), model);
    }

    @PostMapping("/comments")
    String comment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") CommentForm form,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(model).naming(Map.of("commitment", "about"));
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.commented",
                () -> {
                    var id = consultations.comment(view.id(), form.command());
                    return path(city, view.id()) + "#comment-" + id.value();
                },
                conflict -> page(view, form, errors, model));
    }

    @PostMapping("/comments/{commentId}/answers")
    String answer(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID commentId,
            @RequestParam(name = "text", required = false) String text,
            @RequestParam(name = "language", required = false) String language,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(model).naming(Map.of("text", "answer-" + commentId));
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.answered",
                () -> {
                    consultations.answer(view.id(), new CommentId(commentId), text, language);
                    return path(city, view.id()) + "#comment-" + commentId;
                },
                conflict -> {
                    model.addAttribute("answering", new CommentId(commentId));
                    model.addAttribute("answerText", text);
                    return page(view, new CommentForm(null, null, null), errors, model);
                });
    }

    @PostMapping("/comments/{commentId}/resolution")
    String resolve(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID commentId,
            RedirectAttributes redirect) {
        try {
            consultations.resolve(view.id(), new CommentId(commentId));
            redirect.addFlashAttribute("notice", "plan.notice.resolved");
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:" + path(city, view.id()) + "#comment-" + commentId;
    }

    private String page(PlanView view, CommentForm form, FormErrors errors, Model model) {
        var consultation = consultations.consultation(view.id());
        if (!model.containsAttribute("texts")) {
            model.addAttribute(
                    "texts",
                    translations.forReader(ConsultationTexts.of(consultation), LocaleContextHolder.getLocale(), false));
        }
        model.addAttribute("plan", view);
        model.addAttribute("consultation", consultation);
        model.addAttribute("aboutChoices", aboutChoices(view, LocaleContextHolder.getLocale()));
        model.addAttribute(
                "form",
                form.language() == null
                        ? new CommentForm(
                                form.about(), form.text(), view.details().language())
                        : form);
        model.addAttribute("errors", errors);
        return "plan/consultation";
    }

    /** What a comment may be about: each commitment, grouped with its actions under the commitment's title. */
    private Map<String, Object> aboutChoices(PlanView view, Locale locale) {
        var choices = new LinkedHashMap<String, Object>();
        for (var commitment : view.commitments()) {
            var title = commitment.title(view.catalogue().commitments(), locale);
            var members = new LinkedHashMap<String, String>();
            members.put(
                    "commitment:" + commitment.id().value(), text("plan.consultation.about-commitment", title, locale));
            commitment
                    .actions()
                    .forEach(action -> members.put(
                            "action:" + action.id().value(),
                            text(
                                    "plan.consultation.about-action",
                                    action.content().title(),
                                    locale)));
            choices.put(commitment.id().value().toString(), new Choices.Group(title, members));
        }
        return choices;
    }

    private String text(String key, String argument, Locale locale) {
        return messages.getMessage(key, new Object[] {argument}, locale);
    }

    private static String path(CitySummary city, PlanId plan) {
        return "/manage/cities/" + city.slug() + "/plans/" + plan.value() + "/consultation";
    }

    /** What a comment is about is one choice: empty for the whole plan, {@code commitment:<id>} or {@code action:<id>}. */
    record CommentForm(String about, String text, String language) {

        NewComment command() {
            var choice = about == null ? "" : about.strip();
            try {
                if (choice.startsWith("commitment:")) {
                    return new NewComment(
                            new CommitmentId(UUID.fromString(choice.substring(11))), null, text, language);
                }
                if (choice.startsWith("action:")) {
                    return new NewComment(null, new ActionId(UUID.fromString(choice.substring(7))), text, language);
                }
            } catch (IllegalArgumentException notAnId) {
                throw new RuleViolationException("plan.rule.comment-subject");
            }
            return new NewComment(null, null, text, language);
        }
    }
}
