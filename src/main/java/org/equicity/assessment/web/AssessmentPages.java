package org.equicity.assessment.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.assessment.AssessmentId;
import org.equicity.assessment.Assessments;
import org.equicity.assessment.Assessments.AssessmentView;
import org.equicity.assessment.Assessments.Kind;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.PlanId;
import org.equicity.shared.LocalizedText;
import org.equicity.shared.NotFoundException;
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
 * A plan's step 12 for its coordinators: when it is due for review, its yearly follow-ups and final assessment, each
 * a form with a row per action, and the way to the next plan, which starts from the assessment. The plan's pages
 * link here, so that the plan module needs nothing of this one.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans/{planId}/assessment")
class AssessmentPages {

    /** Starting an assessment: which kind, of which year. */
    record StartForm(Kind kind, @Nullable Integer year) {}

    private final Assessments assessments;
    private final Cities cities;
    private final PageForms forms;

    AssessmentPages(Assessments assessments, Cities cities, PageForms forms) {
        this.assessments = assessments;
        this.cities = cities;
        this.forms = forms;
    }

    @GetMapping
    String overview(@PathVariable String citySlug, @PathVariable UUID planId, Model model) {
        forms.errors(model);
        return overview(city(citySlug), planId, new StartForm(Kind.FOLLOW_UP, null), model);
    }

    @PostMapping
    String start(
            @PathVariable String citySlug,
            @PathVariable UUID planId,
            @ModelAttribute("start") StartForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var city = city(citySlug);
        var plan = planOf(city, planId);
        var errors = forms.errors(binding, model);
        if (form.year() == null && !errors.has("year")) {
            errors.add("year", "assessment.rule.required", "year");
        }
        return forms.save(
                errors,
                model,
                redirect,
                "assessment.notice.started",
                () -> {
                    var kind = form.kind() == null ? Kind.FOLLOW_UP : form.kind();
                    var id = assessments.start(plan, kind, Objects.requireNonNull(form.year()));
                    return base(city, planId) + "/" + id.value();
                },
                conflict -> overview(city, planId, form, model));
    }

    @PostMapping("/review")
    String scheduleReview(
            @PathVariable String citySlug,
            @PathVariable UUID planId,
            @RequestParam(defaultValue = "0") int everyYears,
            RedirectAttributes redirect) {
        var city = city(citySlug);
        var plan = planOf(city, planId);
        return forms.act(
                redirect,
                base(city, planId),
                "assessment.notice.review",
                "assessment.conflict",
                () -> assessments.scheduleReview(plan, everyYears));
    }

    @GetMapping("/{assessmentId}")
    String assessment(
            @PathVariable String citySlug, @PathVariable UUID planId, @PathVariable UUID assessmentId, Model model) {
        var city = city(citySlug);
        var assessment = assessmentOf(city, planId, assessmentId);
        forms.errors(model);
        return form(city, assessment, AssessmentForm.of(assessment), model);
    }

    @PostMapping("/{assessmentId}")
    String save(
            @PathVariable String citySlug,
            @PathVariable UUID planId,
            @PathVariable UUID assessmentId,
            @ModelAttribute("form") AssessmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var city = city(citySlug);
        var assessment = assessmentOf(city, planId, assessmentId);
        var errors = forms.errors(binding, model);
        var content = errors.isEmpty() ? form.content(errors) : null;
        return forms.save(
                errors,
                model,
                redirect,
                "assessment.notice.saved",
                () -> {
                    assessments.save(assessment.id(), form.version(), Objects.requireNonNull(content));
                    return base(city, planId) + "/" + assessmentId;
                },
                conflict -> {
                    var stored = assessments.assessment(assessment.id());
                    return form(city, stored, conflict ? form.over(stored.version()) : form, model);
                });
    }

    private String overview(CitySummary city, UUID planId, StartForm start, Model model) {
        var overview = assessments.ofPlan(planOf(city, planId));
        model.addAttribute("city", city);
        model.addAttribute("overview", overview);
        model.addAttribute("start", start);
        var kinds = new LinkedHashMap<String, String>();
        List.of(Kind.values()).forEach(kind -> kinds.put(kind.name(), kind.name()));
        model.addAttribute("kinds", kinds);
        return "assessment/plan";
    }

    private String form(CitySummary city, AssessmentView assessment, AssessmentForm form, Model model) {
        model.addAttribute("city", city);
        model.addAttribute("assessment", assessment);
        model.addAttribute("form", form);
        var labels = new LinkedHashMap<String, LocalizedText>();
        assessment.methods().forEach(method -> labels.put(method.code(), method.label()));
        model.addAttribute("methodLabels", labels);
        return "assessment/form";
    }

    /** The plan, where it is one of the city's (the facade then checks the reader may see it). */
    private PlanId planOf(CitySummary city, UUID planId) {
        var plan = new PlanId(planId);
        var overview = assessments.ofPlan(plan);
        if (!overview.city().equals(city.id())) {
            throw new NotFoundException("Plan", planId);
        }
        return plan;
    }

    private AssessmentView assessmentOf(CitySummary city, UUID planId, UUID assessmentId) {
        var assessment = assessments.assessment(new AssessmentId(assessmentId));
        if (!assessment.city().equals(city.id()) || !assessment.plan().value().equals(planId)) {
            throw new NotFoundException("Assessment", assessmentId);
        }
        return assessment;
    }

    private CitySummary city(String slug) {
        return cities.findBySlug(slug).orElseThrow(() -> new NotFoundException("City", slug));
    }

    private static String base(CitySummary city, UUID planId) {
        return "/manage/cities/" + city.slug() + "/plans/" + planId + "/assessment";
    }
}
