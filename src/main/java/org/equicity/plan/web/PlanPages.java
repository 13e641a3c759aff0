package org.equicity.plan.web;

import static org.equicity.plan.web.PlanEditing.planPath;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.equicity.city.Cities.CitySummary;
import org.equicity.framework.Frameworks;
import org.equicity.plan.ActionNotes;
import org.equicity.plan.PlanId;
import org.equicity.plan.PlanState;
import org.equicity.plan.PlanTexts;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanSummary;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.RuleViolationException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.equicity.translation.PageTexts;
import org.equicity.translation.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
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
    private final PlanEditing editing;
    private final Translations translations;
    private final Clock clock;
    private final MessageSource messages;
    private final List<ActionNotes> notes;

    PlanPages(
            Plans plans,
            Frameworks frameworks,
            PageForms forms,
            PlanEditing editing,
            Translations translations,
            Clock clock,
            MessageSource messages,
            List<ActionNotes> notes) {
        this.messages = messages;
        this.notes = notes;
        this.editing = editing;
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
            @RequestParam(required = false) @Nullable UUID previous,
            Model model) {
        forms.errors(model);
        return planForm(
                city, PlanForm.blank(city.mainLanguage(), Year.now(clock).getValue(), previous), model);
    }

    @PostMapping("/new")
    String createPlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            @ModelAttribute("form") PlanForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return editing.save(
                city,
                null,
                form,
                binding,
                model,
                redirect,
                "plan.notice.created",
                () -> plans.create(form.newPlan(city.id())),
                conflict -> planForm(city, form, model));
    }

    private String planForm(CitySummary city, PlanForm form, Model model) {
        model.addAttribute("form", form);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "frameworkChoices",
                Choices.of(
                        frameworks.all(),
                        framework -> framework.ref().toString(),
                        framework -> messages.getMessage(
                                "plan.framework-option",
                                new Object[] {framework.name().in(locale), framework.ref()},
                                locale)));
        model.addAttribute("previousPlans", options(plans.ofCity(city.id())));
        return "plan/plan-form";
    }

    /** Plans to choose from, each by its title and period. */
    private Map<String, String> options(List<PlanSummary> choices) {
        var locale = LocaleContextHolder.getLocale();
        return Choices.of(
                choices,
                plan -> plan.id().value().toString(),
                plan -> messages.getMessage(
                        "plan.option", new Object[] {plan.title(), plan.startYear(), plan.endYear()}, locale));
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
        forms.errors(model);
        return planPage(city, view, DecisionForm.blank(), model);
    }

    private String planPage(CitySummary city, PlanView view, DecisionForm decision, Model model) {
        if (!model.containsAttribute("texts")) {
            model.addAttribute(
                    "texts", translations.forReader(PlanTexts.of(view), LocaleContextHolder.getLocale(), false));
        }
        model.addAttribute("plan", view);
        model.addAttribute("decision", decision);
        model.addAttribute("actionNotes", ActionNotes.gathered(notes, view.id(), city.slug(), false));
        model.addAttribute(
                "successors",
                options(plans.ofCity(view.city()).stream()
                        .filter(other -> !other.id().equals(view.id()))
                        .filter(other ->
                                other.state() == PlanState.ADOPTED || other.state() == PlanState.IN_IMPLEMENTATION)
                        .toList()));
        return "plan/plan";
    }

    @GetMapping("/{planId}/edit")
    String editPlan(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        forms.errors(model);
        return planForm(city, PlanForm.of(view.details(), view.version()), model);
    }

    @PostMapping("/{planId}/edit")
    String updatePlan(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") PlanForm form,
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
                "plan.notice.saved",
                () -> {
                    plans.update(view.id(), form.version(), form.details());
                    return view.id();
                },
                conflict -> {
                    // the plan as stored now is shown beside the form, which saves over it
                    var stored = conflict ? plans.plan(view.id()) : view;
                    model.addAttribute("plan", stored);
                    return planForm(city, conflict ? form.over(stored.version()) : form, model);
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

    /** A step of the plan's life (a button): a broken rule or a concurrent step comes back as the problem. */
    private String transition(
            CitySummary city, PlanView view, RedirectAttributes redirect, String notice, Consumer<PlanId> move) {
        return forms.act(
                redirect, planPath(city, view.id()), notice, "error.conflict.text", () -> move.accept(view.id()));
    }

    @PostMapping("/{planId}/adoption")
    String adopt(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("decision") DecisionForm decision,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return forms.save(
                editing.errors(binding, model),
                model,
                redirect,
                "plan.notice.adopted",
                () -> {
                    plans.adopt(view.id(), decision.decision());
                    return planPath(city, view.id());
                },
                conflict -> planPage(city, view, decision, model));
    }

    @GetMapping("/{planId}/history")
    String history(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("history", plans.history(view.id()));
        return "plan/history";
    }
}
