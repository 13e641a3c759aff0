package org.equicity.plan.web;

import static org.equicity.plan.web.PlanEditing.FIELDS;
import static org.equicity.plan.web.PlanEditing.editPath;
import static org.equicity.plan.web.PlanEditing.planPath;
import static org.equicity.plan.web.PlanEditing.warnLanguage;

import java.util.List;
import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.FormErrors;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.Translations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plan's needs assessment: the needs heard, and the forms to record and change them. */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans")
class NeedPages {

    private final Plans plans;
    private final PageForms forms;
    private final Translations translations;

    NeedPages(Plans plans, PageForms forms, Translations translations) {
        this.translations = translations;
        this.plans = plans;
        this.forms = forms;
    }

    // Needs

    @GetMapping("/{planId}/needs")
    String needs(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        model.addAttribute("plan", view);
        return "plan/needs";
    }

    @GetMapping("/{planId}/needs/new")
    String newNeed(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        var form = new NeedForm();
        form.setLanguage(view.details().language());
        return needForm(view, null, form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/needs/new")
    String addNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") NeedForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model).naming(FIELDS);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.need-saved",
                () -> {
                    var need = plans.addNeed(view.id(), form.content());
                    warnLanguage(
                            translations,
                            redirect,
                            form.getLanguage(),
                            editPath(city, view.id(), need),
                            form.getDescription(),
                            form.getParticipants());
                    return planPath(city, view.id()) + "/needs";
                },
                conflict -> needForm(view, null, form, errors, model));
    }

    @GetMapping("/{planId}/needs/{needId}/edit")
    String editNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID needId,
            Model model) {
        var need = view.need(new NeedId(needId)).orElseThrow(() -> new NotFoundException("Need", needId));
        var form = new NeedForm();
        form.fill(need.content(), need.version());
        return needForm(view, need.id(), form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/needs/{needId}/edit")
    String updateNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID needId,
            @ModelAttribute("form") NeedForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var id = new NeedId(needId);
        view.need(id).orElseThrow(() -> new NotFoundException("Need", needId));
        var errors = forms.errors(binding, model).naming(FIELDS);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.need-saved",
                () -> {
                    plans.updateNeed(view.id(), id, form.getVersion(), form.content());
                    warnLanguage(
                            translations,
                            redirect,
                            form.getLanguage(),
                            editPath(city, view.id(), id),
                            form.getDescription(),
                            form.getParticipants());
                    return planPath(city, view.id()) + "/needs";
                },
                conflict -> {
                    if (!conflict) {
                        return needForm(view, id, form, errors, model);
                    }
                    var stored = plans.plan(view.id());
                    var current = stored.need(id).orElseThrow(() -> new NotFoundException("Need", id));
                    model.addAttribute("stored", current);
                    form.setVersion(current.version());
                    return needForm(stored, id, form, errors, model);
                });
    }

    private String needForm(PlanView view, NeedId id, NeedForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("needId", id);
        model.addAttribute("form", form);
        model.addAttribute("methods", List.of(NeedMethod.values()));
        model.addAttribute("errors", errors);
        return "plan/need-form";
    }
}
