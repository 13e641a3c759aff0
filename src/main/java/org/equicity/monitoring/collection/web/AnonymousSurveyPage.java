package org.equicity.monitoring.collection.web;

import jakarta.servlet.http.HttpServletResponse;
import org.equicity.monitoring.collection.StaffSurveys;
import org.equicity.monitoring.collection.web.SurveyForms.AnswerForm;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The survey as staff open it by their link: no sign-in, and nothing of the request (who, from where, when) is
 * passed on with the answer. A link that is unknown, used already or of a closed survey says so, the same way for
 * each, so that trying a link tells nothing about whether someone answered.
 */
@Controller
class AnonymousSurveyPage {

    private final StaffSurveys surveys;
    private final PageForms forms;

    AnonymousSurveyPage(StaffSurveys surveys, PageForms forms) {
        this.surveys = surveys;
        this.forms = forms;
    }

    @GetMapping("/survey/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        forms.errors(model);
        return page(token, new AnswerForm(null), model, response);
    }

    @PostMapping("/survey/{token}")
    String answer(
            @PathVariable String token,
            @ModelAttribute("form") AnswerForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        var errors = forms.errors(binding, model);
        if (errors.isEmpty()) {
            try {
                surveys.answer(token, form.responses());
                return "redirect:/survey/thanks";
            } catch (RuleViolationException refused) {
                errors.add(refused);
            } catch (NotFoundException unavailable) {
                return unavailable(response);
            }
        }
        return page(token, form, model, response);
    }

    @GetMapping("/survey/thanks")
    String thanks() {
        return "collection/survey-thanks";
    }

    private String page(String token, AnswerForm form, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("questionnaire", surveys.questionnaire(token));
        } catch (NotFoundException unavailable) {
            return unavailable(response);
        }
        model.addAttribute("token", token);
        model.addAttribute("form", form);
        return "collection/survey-answer";
    }

    private static String unavailable(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "collection/survey-unavailable";
    }
}
