package org.equicity.selfassessment.web;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.equicity.city.Cities;
import org.equicity.city.Cities.CitySummary;
import org.equicity.selfassessment.EvidenceDocuments;
import org.equicity.selfassessment.EvidenceId;
import org.equicity.selfassessment.SelfAssessments;
import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.FactorView;
import org.equicity.selfassessment.SelfAssessments.SelfAssessmentView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.FileDownloads;
import org.equicity.shared.web.FormErrors;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One key factor of a self-assessment on a page of its own, so that several people of the city can each write one:
 * its guide questions with the answers, the judgement on the framework's scale, the context factors, the examples
 * of other cities, and its evidence: documents, and the city's plan actions, indicators and monitoring reports.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/self-assessments/{assessmentId}/factors/{factor}")
class FactorPages {

    private final SelfAssessments assessments;
    private final EvidenceDocuments documents;
    private final Cities cities;
    private final PageForms forms;
    private final MessageSource messages;

    FactorPages(
            SelfAssessments assessments,
            EvidenceDocuments documents,
            Cities cities,
            PageForms forms,
            MessageSource messages) {
        this.assessments = assessments;
        this.documents = documents;
        this.cities = cities;
        this.forms = forms;
        this.messages = messages;
    }

    @GetMapping
    String factor(
            @PathVariable String citySlug, @PathVariable UUID assessmentId, @PathVariable String factor, Model model) {
        var city = cities.bySlug(citySlug);
        var assessment = SelfAssessmentPages.of(assessments, city, assessmentId);
        forms.errors(model);
        var row = factorOf(assessment, factor);
        return page(city, assessment, row, FactorForm.of(row), EvidenceForm.empty(), model);
    }

    @PostMapping
    String save(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @PathVariable String factor,
            @ModelAttribute("form") FactorForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var city = cities.bySlug(citySlug);
        var assessment = SelfAssessmentPages.of(assessments, city, assessmentId);
        var row = factorOf(assessment, factor);
        var errors = forms.errors(binding, model);
        var content = errors.isEmpty() ? form.content(errors) : null;
        return forms.save(
                errors,
                model,
                redirect,
                "selfassessment.notice.factor-saved",
                () -> {
                    assessments.saveFactor(assessment.id(), factor, form.version(), Objects.requireNonNull(content));
                    return address(city, assessmentId, factor);
                },
                conflict -> {
                    var stored = factorOf(assessments.assessment(assessment.id()), factor);
                    var shown = conflict ? form.over(stored.version()) : form;
                    return page(city, assessment, stored, shown, EvidenceForm.empty(), model);
                });
    }

    @PostMapping("/evidence")
    String addDocument(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @PathVariable String factor,
            @ModelAttribute("evidence") EvidenceForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable MultipartFile file,
            Model model,
            RedirectAttributes redirect) {
        return add(
                citySlug, assessmentId, factor, form, binding, model, redirect, errors -> form.document(errors), file);
    }

    @PostMapping("/evidence/picked")
    String addPicked(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @PathVariable String factor,
            @ModelAttribute("evidence") EvidenceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return add(citySlug, assessmentId, factor, form, binding, model, redirect, errors -> form.picked(errors), null);
    }

    /** A document's file, as a download, for the city's people. */
    @GetMapping("/evidence/{evidenceId}/file")
    ResponseEntity<byte[]> file(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @PathVariable String factor,
            @PathVariable UUID evidenceId) {
        var assessment = SelfAssessmentPages.of(assessments, cities.bySlug(citySlug), assessmentId);
        return FileDownloads.download(documents.file(assessment.id(), new EvidenceId(evidenceId)));
    }

    @PostMapping("/evidence/{evidenceId}/remove")
    String remove(
            @PathVariable String citySlug,
            @PathVariable UUID assessmentId,
            @PathVariable String factor,
            @PathVariable UUID evidenceId,
            RedirectAttributes redirect) {
        var city = cities.bySlug(citySlug);
        var assessment = SelfAssessmentPages.of(assessments, city, assessmentId);
        return forms.act(
                redirect,
                address(city, assessmentId, factor),
                "selfassessment.notice.evidence-removed",
                "selfassessment.conflict",
                () -> assessments.removeEvidence(assessment.id(), new EvidenceId(evidenceId)));
    }

    private String add(
            String citySlug,
            UUID assessmentId,
            String factor,
            EvidenceForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect,
            Function<FormErrors, EvidenceContent> read,
            @Nullable MultipartFile file) {
        var city = cities.bySlug(citySlug);
        var assessment = SelfAssessmentPages.of(assessments, city, assessmentId);
        var row = factorOf(assessment, factor);
        var errors = forms.errors(binding, model);
        var content = errors.isEmpty() ? read.apply(errors) : null;
        return forms.save(
                errors,
                model,
                redirect,
                "selfassessment.notice.evidence-added",
                () -> {
                    if (FileDownloads.chosen(file)) {
                        documents.upload(
                                assessment.id(), factor, Objects.requireNonNull(content), FileDownloads.upload(file));
                    } else {
                        assessments.addEvidence(assessment.id(), factor, Objects.requireNonNull(content));
                    }
                    return address(city, assessmentId, factor) + "#evidence-heading";
                },
                conflict -> page(city, assessment, row, FactorForm.of(row), form, model));
    }

    private String page(
            CitySummary city,
            SelfAssessmentView assessment,
            FactorView factor,
            FactorForm form,
            EvidenceForm evidence,
            Model model) {
        model.addAttribute("city", city);
        model.addAttribute("assessment", assessment);
        model.addAttribute("factor", factor);
        model.addAttribute("form", form);
        model.addAttribute("evidence", evidence);
        if (assessment.contributable()) {
            var locale = LocaleContextHolder.getLocale();
            model.addAttribute(
                    "kinds",
                    Choices.of(
                            assessment.framework().framework().evidence(),
                            kind -> kind.code(),
                            kind -> kind.label().in(locale)));
            model.addAttribute(
                    "items",
                    EvidenceForm.itemChoices(
                            assessments.evidenceChoices(city.id()), key -> messages.getMessage(key, null, locale)));
        }
        return "selfassessment/factor";
    }

    private static FactorView factorOf(SelfAssessmentView assessment, String factor) {
        return assessment.factor(factor).orElseThrow(() -> new NotFoundException("Key factor", factor));
    }

    private static String address(CitySummary city, UUID assessmentId, String factor) {
        return SelfAssessmentPages.base(city) + "/" + assessmentId + "/factors/" + factor;
    }
}
