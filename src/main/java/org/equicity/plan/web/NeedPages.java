package org.equicity.plan.web;

import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.NeedId;
import org.equicity.plan.NeedMethod;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.springframework.context.i18n.LocaleContextHolder;
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
    private final PlanEditing editing;

    NeedPages(Plans plans, PageForms forms, PlanEditing editing) {
        this.plans = plans;
        this.forms = forms;
        this.editing = editing;
    }

    @GetMapping("/{planId}/needs")
    String needs(PlanView view, Model model) {
        model.addAttribute("plan", view);
        return "plan/needs";
    }

    @GetMapping("/{planId}/needs/new")
    String newNeed(PlanView view, Model model) {
        forms.errors(model);
        return needForm(view, null, NeedForm.blank(view.details().language()), false, model);
    }

    @PostMapping("/{planId}/needs/new")
    String addNeed(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") NeedForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return editing.save(
                city,
                view.id(),
                form,
                binding,
                model,
                redirect,
                "plan.notice.need-saved",
                () -> plans.addNeed(view.id(), form.content()),
                conflict -> needForm(view, null, form, false, model));
    }

    @GetMapping("/{planId}/needs/{needId}/edit")
    String editNeed(PlanView view, @PathVariable UUID needId, Model model) {
        var need = view.need(new NeedId(needId)).orElseThrow(() -> new NotFoundException("Need", needId));
        forms.errors(model);
        return needForm(view, need.id(), NeedForm.of(need.content(), need.version()), false, model);
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
        return editing.save(
                city,
                view.id(),
                form,
                binding,
                model,
                redirect,
                "plan.notice.need-saved",
                () -> {
                    plans.updateNeed(view.id(), id, form.version(), form.content());
                    return id;
                },
                conflict -> needForm(conflict ? plans.plan(view.id()) : view, id, form, conflict, model));
    }

    /** The form; after a concurrent edit, over the need as stored now, which is shown beside it. */
    private String needForm(PlanView view, NeedId id, NeedForm form, boolean conflict, Model model) {
        var shown = form;
        if (conflict) {
            var stored = view.need(id).orElseThrow(() -> new NotFoundException("Need", id));
            model.addAttribute("stored", stored);
            shown = form.over(stored.version());
        }
        model.addAttribute("plan", view);
        model.addAttribute("needId", id);
        model.addAttribute("form", shown);
        model.addAttribute("methods", Choices.named(NeedMethod.values()));
        model.addAttribute(
                "commitments",
                Choices.of(
                        view.commitments(),
                        commitment -> commitment.id().value().toString(),
                        commitment ->
                                commitment.title(view.catalogue().commitments(), LocaleContextHolder.getLocale())));
        return "plan/need-form";
    }
}
