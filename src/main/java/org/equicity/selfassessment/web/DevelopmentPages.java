package org.equicity.selfassessment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.PlanId;
import org.equicity.selfassessment.DevelopmentActionId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.PageForms;
import org.jspecify.annotations.Nullable;
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
 * The development plan of a signed-off self-assessment: each key factor not (fully) met is an objective, its guide
 * questions suggest priority actions, each a quick win or longer-term work with an owner and a date; one button
 * makes a priority action an action of the city's plan, tagged with its key factor.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/self-assessments/{assessmentId}/development")
class DevelopmentPages {

    private final SelfAssessments assessments;
    private final Cities cities;
    private final PageForms forms;

    DevelopmentPages(SelfAssessments assessments, Cities cities, PageForms forms) {
        this.assessments = assessments;
        this.cities = cities;
        this.forms = forms;
    }

    @GetMapping
    String plan(@PathVariable String citySlug, @PathVariable UUID assessmentId, Model model, Locale locale) {
        var city = cities.bySlug(citySlug);
        forms.errors(model);
        return page(
                city, SelfAssessmentPages.of(assessments, city, assessmentId), DevelopmentForm.empty(), model, locale);
    }

    @PostMapping
    String add(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @ModelAttribute("form") DevelopmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var city = cities.bySlug(citySlug);
        var assessment = SelfAssessmentPages.of(assessments, city, assessmentId);
        var errors = forms.errors(binding, model);
        var content = errors.isEmpty() ? form.content(errors) : null;
        return forms.save(
                errors,
                model,
                redirect,
                "selfassessment.notice.development-added",
                () -> {
                    assessments.addDevelopmentAction(assessment.id(), Objects.requireNonNull(content));
                    return address(city, assessmentId);
                },
                conflict -> page(city, assessment, form, model, locale));
    }

    @PostMapping("/{actionId}/plan")
    String addToPlan(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @PathVariable UUID actionId,
            @RequestParam(required = false) @Nullable String commitment,
            RedirectAttributes redirect) {
        var city = cities.bySlug(citySlug);
        var assessment = SelfAssessmentPages.of(assessments, city, assessmentId);
        return forms.act(
                redirect,
                address(city, assessmentId),
                "selfassessment.notice.in-plan",
                "selfassessment.conflict",
                () -> {
                    var parts = planAndCommitment(commitment);
                    assessments.addToPlan(
                            assessment.id(),
                            new DevelopmentActionId(actionId),
                            new PlanId(parts[0]),
                            new CommitmentId(parts[1]));
                });
    }

    private String page(
            CitySummary city, SelfAssessmentView assessment, DevelopmentForm form, Model model, Locale locale) {
        model.addAttribute("city", city);
        model.addAttribute("assessment", assessment);
        model.addAttribute("form", form);
        var commitments = new LinkedHashMap<String, String>();
        if (assessment.coordinatable()) {
            assessments
                    .commitmentChoices(city.id(), locale)
                    .forEach(choice -> commitments.put(choice.value(), choice.label()));
        }
        model.addAttribute("commitments", commitments);
        var objectives = new LinkedHashMap<String, String>();
        assessment
                .objectives()
                .forEach(factor ->
                        objectives.put(factor.code(), factor.factor().label().in(locale)));
        model.addAttribute("objectives", objectives);
        return "selfassessment/development";
    }

    /** The plan and commitment a choice names ({@code <plan>/<commitment>}); the facade checks they are the city's. */
    private static UUID[] planAndCommitment(@Nullable String value) {
        var parts = value == null ? new String[0] : value.split("/");
        try {
            if (parts.length == 2) {
                return new UUID[] {UUID.fromString(parts[0]), UUID.fromString(parts[1])};
            }
        } catch (IllegalArgumentException unreadable) {
            // refused below, like a choice not made
        }
        throw RuleViolationException.about("commitment", "selfassessment.rule.commitment", "commitment");
    }

    private static String address(CitySummary city, UUID assessmentId) {
        return SelfAssessmentPages.base(city) + "/" + assessmentId + "/development";
    }
}
