package org.equicity.plan.web;

import java.util.UUID;
import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.ActionId;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.Plans;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.web.Choices;
import org.equicity.shared.web.PageForms;
import org.springframework.context.MessageSource;
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

/**
 * The forms for a plan's commitments, written with the model template, and the actions under them. Only the city's
 * people see them; the facade decides who may write. After a concurrent edit the form comes back over the plan as
 * it is stored now, with the stored part beside it.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans")
class CommitmentPages {

    private final Plans plans;
    private final PageForms forms;
    private final PlanEditing editing;
    private final MessageSource messages;

    CommitmentPages(Plans plans, PageForms forms, PlanEditing editing, MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.forms = forms;
        this.editing = editing;
    }

    // Commitments

    @GetMapping("/{planId}/commitments/new")
    String newCommitment(PlanView view, Model model) {
        forms.errors(model);
        return commitmentForm(view, null, CommitmentForm.blank(view.details().language()), false, model);
    }

    @PostMapping("/{planId}/commitments/new")
    String addCommitment(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @ModelAttribute("form") CommitmentForm form,
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
                () -> plans.addCommitment(view.id(), form.content()),
                conflict -> commitmentForm(view, null, form, false, model));
    }

    @GetMapping("/{planId}/commitments/{commitmentId}/edit")
    String editCommitment(PlanView view, @PathVariable UUID commitmentId, Model model) {
        var commitment = view.commitment(new CommitmentId(commitmentId))
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        forms.errors(model);
        return commitmentForm(
                view, commitment.id(), CommitmentForm.of(commitment.content(), commitment.version()), false, model);
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
        var id = commitment(view, commitmentId);
        return editing.save(
                city,
                view.id(),
                form,
                binding,
                model,
                redirect,
                "plan.notice.saved",
                () -> {
                    plans.updateCommitment(view.id(), id, form.version(), form.content());
                    return id;
                },
                conflict -> commitmentForm(conflict ? plans.plan(view.id()) : view, id, form, conflict, model));
    }

    /** The form; after a concurrent edit, over the commitment as stored now, which is shown beside it. */
    private String commitmentForm(PlanView view, CommitmentId id, CommitmentForm form, boolean conflict, Model model) {
        var shown = form;
        if (conflict) {
            var stored = view.commitment(id).orElseThrow(() -> new NotFoundException("Commitment", id));
            model.addAttribute("stored", stored);
            shown = form.over(stored.version());
        }
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("plan", view);
        model.addAttribute("commitmentId", id);
        model.addAttribute(
                "frameworkCommitments",
                Choices.of(
                        view.catalogue().commitments().items(),
                        Plans.Choice::code,
                        item -> messages.getMessage(
                                "plan.option.item",
                                new Object[] {item.code(), item.label().in(locale)},
                                locale)));
        model.addAttribute("form", shown);
        return "plan/commitment-form";
    }

    // Actions

    @GetMapping("/{planId}/commitments/{commitmentId}/actions/new")
    String newAction(PlanView view, @PathVariable UUID commitmentId, Model model) {
        var commitment = commitment(view, commitmentId);
        forms.errors(model);
        return actionForm(
                view, commitment, null, ActionForm.blank(view.details().language()), false, model);
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
        var commitment = commitment(view, commitmentId);
        return editing.save(
                city,
                view.id(),
                form,
                binding,
                model,
                redirect,
                "plan.notice.saved",
                () -> plans.addAction(view.id(), commitment, form.content()),
                conflict -> actionForm(view, commitment, null, form, false, model));
    }

    @GetMapping("/{planId}/actions/{actionId}/edit")
    String editAction(PlanView view, @PathVariable UUID actionId, Model model) {
        var action = view.action(new ActionId(actionId)).orElseThrow(() -> new NotFoundException("Action", actionId));
        forms.errors(model);
        return actionForm(
                view,
                action.commitment(),
                action.id(),
                ActionForm.of(action.content(), action.version()),
                false,
                model);
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
        return editing.save(
                city,
                view.id(),
                form,
                binding,
                model,
                redirect,
                "plan.notice.saved",
                () -> {
                    plans.updateAction(view.id(), id, form.version(), form.content());
                    return id;
                },
                conflict -> actionForm(
                        conflict ? plans.plan(view.id()) : view, action.commitment(), id, form, conflict, model));
    }

    /** The form; after a concurrent edit, over the action as stored now, which is shown beside it. */
    private String actionForm(
            PlanView view, CommitmentId commitment, ActionId id, ActionForm form, boolean conflict, Model model) {
        var shown = form;
        var under = commitment;
        if (conflict) {
            var stored = view.action(id).orElseThrow(() -> new NotFoundException("Action", id));
            model.addAttribute("stored", stored);
            shown = form.over(stored.version());
            under = stored.commitment();
        }
        model.addAttribute("plan", view);
        model.addAttribute("commitment", view.commitment(under).orElseThrow());
        model.addAttribute("actionId", id);
        model.addAttribute("action", id == null ? null : view.action(id).orElse(null));
        model.addAttribute("form", shown);
        model.addAttribute("statuses", Choices.named(ActionStatus.values()));
        model.addAttribute(
                "needs",
                Choices.of(
                        view.needs(),
                        need -> need.id().value().toString(),
                        need -> need.content().description()));
        return "plan/action-form";
    }

    /** The commitment of this plan the address names, or 404. */
    private static CommitmentId commitment(PlanView view, UUID commitmentId) {
        var id = new CommitmentId(commitmentId);
        view.commitment(id).orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        return id;
    }
}
