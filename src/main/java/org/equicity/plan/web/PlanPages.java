package org.equicity.plan.web;

import static org.equicity.plan.web.PlanEditing.FIELDS;
import static org.equicity.plan.web.PlanEditing.planPath;
import static org.equicity.plan.web.PlanEditing.warnLanguage;

import java.time.Clock;
import java.time.Year;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.FrameworkRef;
import org.equicity.framework.Frameworks;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.NewPlan;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.RuleViolationException;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The city's own pages for its action plans: the list, a new plan, the plan with its commitments and actions, its
 * details, its steps from draft to closure and its history (the forms for commitments, actions and needs are
 * {@link CommitmentPages} and {@link NeedPages}). Only the city's people see them; the facade decides who may write.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans")
class PlanPages {

    private final Plans plans;
    private final Frameworks frameworks;
    private final PageForms forms;
    private final Translations translations;
    private final Clock clock;

    PlanPages(Plans plans, Frameworks frameworks, PageForms forms, Translations translations, Clock clock) {
        this.clock = clock;
        this.plans = plans;
        this.frameworks = frameworks;
        this.forms = forms;
        this.translations = translations;
    }

    // The list and a new plan

    @GetMapping
    String list(@ModelAttribute(name = "city", binding = false) CitySummary city, Model model) {
        model.addAttribute("plans", plans.ofCity(city.id()));
        model.addAttribute("canWrite", plans.canWrite(city.id()));
        return "plan/list";
    }

    /** {@code previous}: the plan whose assessment the new one starts from (the assessment page links here). */
    @GetMapping("/new")
    String newPlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @RequestParam(required = false) UUID previous,
            Model model) {
        var form = new PlanForm();
        if (previous != null) {
            form.setPreviousPlan(previous.toString());
        }
        var year = Year.now(clock).getValue();
        form.setStartYear(year);
        form.setEndYear(year + 3);
        form.setCommitmentsFramework("eccar-commitments@2023");
        form.setTracksFramework("eccar-tracks@2023");
        form.setLanguage(city.mainLanguage());
        return planForm(city, form, forms.errors(model), model);
    }

    @PostMapping("/new")
    String createPlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model).naming(FIELDS);
        if (errors.isEmpty()) {
            try {
                var id = plans.create(new NewPlan(
                        city.id(),
                        form.details(),
                        framework(form.getCommitmentsFramework()),
                        framework(form.getTracksFramework()),
                        form.getPreviousPlan() == null || form.getPreviousPlan().isBlank()
                                ? null
                                : PlanId.parse(form.getPreviousPlan())));
                redirect.addFlashAttribute("notice", "plan.notice.created");
                warnLanguage(translations, redirect, form.getLanguage(), planPath(city, id) + "/edit", form.getTitle());
                return "redirect:/manage/cities/" + city.slug() + "/plans/" + id.value();
            } catch (RuleViolationException violation) {
                errors.add(violation);
            } catch (IllegalArgumentException notAnId) {
                errors.add(new RuleViolationException("plan.rule.previous"));
            }
        }
        return planForm(city, form, errors, model);
    }

    private String planForm(CitySummary city, PlanForm form, FormErrors errors, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("frameworks", frameworks.all());
        model.addAttribute("previousPlans", plans.ofCity(city.id()));
        return "plan/plan-form";
    }

    private static FrameworkRef framework(String text) {
        try {
            return FrameworkRef.parse(text);
        } catch (IllegalArgumentException | NullPointerException notAReference) {
            throw new RuleViolationException("plan.rule.framework", String.valueOf(text));
        }
    }

    // The plan

    @GetMapping("/{planId}")
    String plan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @RequestParam(name = PageTexts.SHOW_ORIGINALS, defaultValue = "false") boolean originals,
            Locale locale,
            Model model) {
        model.addAttribute("texts", translations.forReader(PlanTexts.of(view), locale, originals));
        return planPage(view, new DecisionForm(), forms.errors(model), model);
    }

    private String planPage(PlanView view, DecisionForm decision, FormErrors errors, Model model) {
        if (!model.containsAttribute("texts")) {
            model.addAttribute(
                    "texts", translations.forReader(PlanTexts.of(view), LocaleContextHolder.getLocale(), false));
        }
        model.addAttribute("plan", view);
        model.addAttribute("decision", decision);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "successors",
                plans.ofCity(view.city()).stream()
                        .filter(other -> !other.id().equals(view.id()))
                        .filter(other ->
                                other.state() == PlanState.ADOPTED || other.state() == PlanState.IN_IMPLEMENTATION)
                        .toList());
        return "plan/plan";
    }

    @GetMapping("/{planId}/edit")
    String editPlan(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        var form = new PlanForm();
        form.fill(view.details(), view.version());
        model.addAttribute("plan", view);
        return planForm(city, form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/edit")
    String updatePlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model).naming(FIELDS);
        model.addAttribute("plan", view);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.saved",
                () -> {
                    plans.update(view.id(), form.getVersion(), form.details());
                    warnLanguage(
                            translations,
                            redirect,
                            form.getLanguage(),
                            planPath(city, view.id()) + "/edit",
                            form.getTitle());
                    return planPath(city, view.id());
                },
                conflict -> {
                    if (!conflict) {
                        return planForm(city, form, errors, model);
                    }
                    var stored = plans.plan(view.id());
                    model.addAttribute("plan", stored);
                    form.setVersion(stored.version());
                    return planForm(city, form, errors, model);
                });
    }

    @PostMapping("/{planId}/consultation")
    String openConsultation(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            RedirectAttributes redirect) {
        return transition(city, view, redirect, "plan.notice.consultation", plans::openConsultation);
    }

    @PostMapping("/{planId}/implementation")
    String startImplementation(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            RedirectAttributes redirect) {
        return transition(city, view, redirect, "plan.notice.implementation", plans::startImplementation);
    }

    @PostMapping("/{planId}/closure")
    String close(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            RedirectAttributes redirect) {
        return transition(city, view, redirect, "plan.notice.closed", plans::close);
    }

    @PostMapping("/{planId}/supersession")
    String supersede(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @RequestParam(name = "by", required = false) UUID by,
            RedirectAttributes redirect) {
        return transition(city, view, redirect, "plan.notice.superseded", id -> {
            if (by == null) {
                throw new RuleViolationException("plan.rule.successor");
            }
            plans.supersede(id, new PlanId(by));
        });
    }

    private String transition(
            CitySummary city, PlanView view, RedirectAttributes redirect, String notice, Consumer<PlanId> move) {
        try {
            move.accept(view.id());
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException violation) {
            redirect.addFlashAttribute("problem", violation.messageKey());
        }
        return "redirect:" + planPath(city, view.id());
    }

    @PostMapping("/{planId}/adoption")
    String adopt(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("decision") DecisionForm decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var errors = forms.errors(binding, model).naming(FIELDS);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.adopted",
                () -> {
                    plans.adopt(view.id(), decision.decision());
                    return planPath(city, view.id());
                },
                conflict -> planPage(view, decision, errors, model));
    }

    @GetMapping("/{planId}/history")
    String history(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("history", plans.history(view.id()));
        return "plan/history";
    }
}
