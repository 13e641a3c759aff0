package org.equicity.plan.web;

import static org.equicity.plan.web.PlanEditing.FIELDS;
import static org.equicity.plan.web.PlanEditing.anchor;
import static org.equicity.plan.web.PlanEditing.editPath;
import static org.equicity.plan.web.PlanEditing.nonNull;
import static org.equicity.plan.web.PlanEditing.planPath;
import static org.equicity.plan.web.PlanEditing.warnLanguage;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.RuleViolationException;
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

/**
 * The forms for a plan's commitments, written with the model template, and the actions under them. Only the city's
 * people see them; the facade decides who may write.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans")
class CommitmentPages {

    private final Plans plans;
    private final PageForms forms;
    private final Translations translations;

    CommitmentPages(Plans plans, PageForms forms, Translations translations) {
        this.translations = translations;
        this.plans = plans;
        this.forms = forms;
    }

    // Commitments

    @GetMapping("/{planId}/commitments/new")
    String newCommitment(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        var form = new CommitmentForm();
        form.setLanguage(view.details().language());
        return commitmentForm(view, null, form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/commitments/new")
    String addCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") CommitmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        return save(
                view,
                city,
                forms.errors(binding, model).naming(FIELDS),
                redirect,
                () -> plans.addCommitment(view.id(), form.content()),
                () -> commitmentForm(view, null, form, null, model),
                model,
                form.getLanguage(),
                String.join("\n", nonNull(form.getOwnTitle(), form.getGoal(), form.getTargetGroups())));
    }

    @GetMapping("/{planId}/commitments/{commitmentId}/edit")
    String editCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID commitmentId,
            Model model) {
        var commitment = view.commitment(new CommitmentId(commitmentId))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var form = new CommitmentForm();
        form.fill(commitment.content(), commitment.version());
        return commitmentForm(view, commitment.id(), form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/commitments/{commitmentId}/edit")
    String updateCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID commitmentId,
            @ModelAttribute("form") CommitmentForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var id = new CommitmentId(commitmentId);
        view.commitment(id).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var errors = forms.errors(binding, model).naming(FIELDS);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.saved",
                () -> {
                    plans.updateCommitment(view.id(), id, form.getVersion(), form.content());
                    warnLanguage(
                            translations,
                            redirect,
                            form.getLanguage(),
                            editPath(city, view.id(), id),
                            form.getOwnTitle(),
                            form.getGoal(),
                            form.getTargetGroups());
                    return planPath(city, view.id()) + "#commitment-" + commitmentId;
                },
                conflict -> {
                    if (!conflict) {
                        return commitmentForm(view, id, form, errors, model);
                    }
                    var stored = plans.plan(view.id());
                    var current = stored.commitment(id).orElseThrow(() -> new NotFoundException("Commitment", id));
                    model.addAttribute("stored", current);
                    form.setVersion(current.version());
                    return commitmentForm(stored, id, form, errors, model);
                });
    }

    private String commitmentForm(PlanView view, CommitmentId id, CommitmentForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("commitmentId", id);
        model.addAttribute("form", form);
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "plan/commitment-form";
    }

    // Actions

    @GetMapping("/{planId}/commitments/{commitmentId}/actions/new")
    String newAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID commitmentId,
            Model model) {
        var commitment = new CommitmentId(commitmentId);
        view.commitment(commitment).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        var form = new ActionForm();
        form.setStatus(ActionStatus.PLANNED);
        form.setLanguage(view.details().language());
        return actionForm(view, commitment, null, form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/commitments/{commitmentId}/actions/new")
    String addAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID commitmentId,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var commitment = new CommitmentId(commitmentId);
        view.commitment(commitment).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        return save(
                view,
                city,
                forms.errors(binding, model).naming(FIELDS),
                redirect,
                () -> plans.addAction(view.id(), commitment, form.content()),
                () -> actionForm(view, commitment, null, form, null, model),
                model,
                form.getLanguage(),
                String.join("\n", nonNull(form.getTitle(), form.getDescription(), form.getTargetGroups())));
    }

    @GetMapping("/{planId}/actions/{actionId}/edit")
    String editAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID actionId,
            Model model) {
        var action = view.action(new ActionId(actionId)).orElseThrow(() -> new NotFoundException("Action", actionId));
        var form = new ActionForm();
        form.fill(action.content(), action.version());
        return actionForm(view, action.commitment(), action.id(), form, forms.errors(model), model);
    }

    @PostMapping("/{planId}/actions/{actionId}/edit")
    String updateAction(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @PathVariable UUID actionId,
            @ModelAttribute("form") ActionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes redirect) {
        var id = new ActionId(actionId);
        var action = view.action(id).orElseThrow(() -> new NotFoundException("Action", actionId));
        var errors = forms.errors(binding, model).naming(FIELDS);
        return forms.save(
                errors,
                model,
                redirect,
                "plan.notice.saved",
                () -> {
                    plans.updateAction(view.id(), id, form.getVersion(), form.content());
                    warnLanguage(
                            translations,
                            redirect,
                            form.getLanguage(),
                            editPath(city, view.id(), id),
                            form.getTitle(),
                            form.getDescription(),
                            form.getTargetGroups());
                    return planPath(city, view.id()) + "#action-" + actionId;
                },
                conflict -> {
                    if (!conflict) {
                        return actionForm(view, action.commitment(), id, form, errors, model);
                    }
                    var stored = plans.plan(view.id());
                    var current = stored.action(id).orElseThrow(() -> new NotFoundException("Action", id));
                    model.addAttribute("stored", current);
                    form.setVersion(current.version());
                    return actionForm(stored, current.commitment(), id, form, errors, model);
                });
    }

    private String actionForm(
            PlanView view, CommitmentId commitment, ActionId id, ActionForm form, FormErrors errors, Model model) {
        model.addAttribute("plan", view);
        model.addAttribute("commitment", view.commitment(commitment).orElseThrow());
        model.addAttribute("actionId", id);
        model.addAttribute("action", id == null ? null : view.action(id).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("statuses", List.of(ActionStatus.values()));
        if (errors != null) {
            model.addAttribute("errors", errors);
        }
        return "plan/action-form";
    }

    /** Adds something new; on a broken rule the form comes back with what was typed. */
    private String save(
            PlanView view,
            CitySummary city,
            FormErrors errors,
            RedirectAttributes redirect,
            Supplier<Object> add,
            Supplier<String> form,
            Model model,
            String language,
            String text) {
        if (errors.isEmpty()) {
            try {
                var created = add.get();
                redirect.addFlashAttribute("notice", "plan.notice.saved");
                warnLanguage(translations, redirect, language, editPath(city, view.id(), created), text);
                return "redirect:" + planPath(city, view.id()) + "#" + anchor(created);
            } catch (RuleViolationException violation) {
                errors.add(violation);
            }
        }
        model.addAttribute("errors", errors);
        return form.get();
    }
}
