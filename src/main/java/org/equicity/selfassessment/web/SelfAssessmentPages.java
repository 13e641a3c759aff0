package org.equicity.selfassessment.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.selfassessment.SelfAssessmentId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Confirmation;
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
 * A city's self-assessments for its people: the list and the start of a new one, an assessment key factor by key
 * factor beside the baseline, its sign-off and sharing, and the progress over time against a framework. Each key
 * factor is written on a page of its own ({@link FactorPages}); the development plan too ({@link DevelopmentPages}).
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/self-assessments")
class SelfAssessmentPages {

    /** Starting an assessment: against which framework version, under which title. */
    record StartForm(@Nullable String framework, @Nullable String title) {}

    private final SelfAssessments assessments;
    private final Cities cities;
    private final PageForms forms;
    private final ProgressChart chart;

    SelfAssessmentPages(SelfAssessments assessments, Cities cities, PageForms forms, ProgressChart chart) {
        this.assessments = assessments;
        this.cities = cities;
        this.forms = forms;
        this.chart = chart;
    }

    @GetMapping
    String list(@PathVariable String citySlug, Model model, Locale locale) {
        forms.errors(model);
        return list(cities.bySlug(citySlug), new StartForm(null, null), model, locale);
    }

    @PostMapping
    String start(
            @PathVariable String citySlug,
            @ModelAttribute("start") StartForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        var city = cities.bySlug(citySlug);
        var errors = forms.errors(binding, model);
        var framework = frameworkRef(form.framework());
        if (framework == null) {
            errors.add("framework", "selfassessment.rule.required", "framework");
        }
        return forms.save(
                errors,
                model,
                redirect,
                "selfassessment.notice.started",
                () -> base(city) + "/"
                        + assessments
                                .start(city.id(), Objects.requireNonNull(framework), Objects.toString(form.title(), ""))
                                .value(),
                conflict -> list(city, form, model, locale));
    }

    @GetMapping("/{assessmentId}")
    String assessment(@PathVariable String citySlug, @PathVariable UUID assessmentId, Model model) {
        var city = cities.bySlug(citySlug);
        model.addAttribute("city", city);
        model.addAttribute("assessment", of(city, assessmentId));
        return "selfassessment/assessment";
    }

    /** Signing off fixes the assessment: it is the record of that moment and changes no more. */
    @GetMapping("/{assessmentId}/sign-off/confirmation")
    String confirmSignOff(@PathVariable String citySlug, @PathVariable UUID assessmentId, Model model) {
        var city = cities.bySlug(citySlug);
        var assessment = of(city, assessmentId);
        var page = base(city) + "/" + assessmentId;
        if (!assessment.coordinatable() || !assessment.isDraft()) {
            return "redirect:" + page;
        }
        return Confirmation.of(
                        "selfassessment.confirm.sign-off.title",
                        assessment.summary().title(),
                        "selfassessment.confirm.sign-off.text",
                        "selfassessment.action.sign-off",
                        page + "/sign-off",
                        page)
                .sending("version", Long.toString(assessment.version()))
                .show(model);
    }

    @PostMapping("/{assessmentId}/sign-off")
    String signOff(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "-1") long version,
            RedirectAttributes redirect) {
        var city = cities.bySlug(citySlug);
        var assessment = of(city, assessmentId);
        return forms.act(
                redirect,
                base(city) + "/" + assessmentId,
                "selfassessment.notice.signed-off",
                "selfassessment.conflict",
                () -> assessments.signOff(assessment.id(), version));
    }

    @PostMapping("/{assessmentId}/share")
    String share(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @RequestParam(defaultValue = "false") boolean shared,
            RedirectAttributes redirect) {
        var city = cities.bySlug(citySlug);
        var assessment = of(city, assessmentId);
        return forms.act(
                redirect,
                base(city) + "/" + assessmentId,
                shared ? "selfassessment.notice.shared" : "selfassessment.notice.unshared",
                "selfassessment.conflict",
                () -> assessments.share(assessment.id(), shared));
    }

    @GetMapping("/progress/{framework}")
    String progress(@PathVariable String citySlug, @PathVariable String framework, Model model, Locale locale) {
        var city = cities.bySlug(citySlug);
        var ref = frameworkRef(framework);
        if (ref == null) {
            throw new NotFoundException("Assessment framework", framework);
        }
        var progress = assessments.progress(city.id(), ref);
        model.addAttribute("city", city);
        model.addAttribute("progress", progress);
        model.addAttribute("chart", chart.svg(progress, locale));
        return "selfassessment/progress";
    }

    private String list(CitySummary city, StartForm start, Model model, Locale locale) {
        model.addAttribute("city", city);
        model.addAttribute("assessments", assessments.ofCity(city.id()));
        model.addAttribute("start", start);
        model.addAttribute("coordinator", assessments.canCoordinate(city.id()));
        var frameworks = new LinkedHashMap<String, String>();
        assessments
                .frameworks()
                .forEach(f -> frameworks.put(f.ref().toString(), f.framework().title(locale)));
        model.addAttribute("frameworks", frameworks);
        return "selfassessment/list";
    }

    /** The assessment, where it is one of the city's (the facade then checks the reader may see it). */
    SelfAssessmentView of(CitySummary city, UUID assessmentId) {
        return of(assessments, city, assessmentId);
    }

    static SelfAssessmentView of(SelfAssessments assessments, CitySummary city, UUID assessmentId) {
        var assessment = assessments.assessment(new SelfAssessmentId(assessmentId));
        if (!assessment.summary().city().equals(city.id())) {
            throw new NotFoundException("Self-assessment", assessmentId);
        }
        return assessment;
    }

    static @Nullable FrameworkRef frameworkRef(@Nullable String text) {
        try {
            return text == null || text.isBlank() ? null : FrameworkRef.parse(text);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    static String base(CitySummary city) {
        return "/manage/cities/" + city.slug() + "/self-assessments";
    }
}
