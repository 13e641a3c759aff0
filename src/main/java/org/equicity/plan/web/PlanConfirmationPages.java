package org.equicity.plan.web;

import static org.equicity.plan.web.PlanEditing.planPath;

import org.equicity.city.Cities.CitySummary;
import org.equicity.plan.PlanState;
import org.equicity.plan.Plans.PlanView;
import org.equicity.shared.web.Confirmation;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages that ask before a plan takes a step it cannot take back: opening the consultation (the draft goes to
 * the partners), recording the adoption (the plan is then fixed) and closing it. The steps themselves stay the POSTs of
 * {@link PlanPages}; a plan the reader may not change, or that is past the step, goes back to its page.
 */
@Controller
@RequestMapping("/manage/cities/{citySlug}/plans/{planId}")
class PlanConfirmationPages {

    @GetMapping("/consultation/confirmation")
    String openConsultation(
            @ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        var plan = planPath(city, view.id());
        if (!view.writable() || view.state() != PlanState.DRAFT) {
            return "redirect:" + plan;
        }
        return Confirmation.of(
                        "plan.confirm.consultation.title",
                        view.details().title(),
                        "plan.confirm.consultation.text",
                        "plan.lifecycle.open-consultation",
                        plan + "/consultation",
                        plan)
                .show(model);
    }

    /** A closed plan is finished: it takes no more steps and no more progress. */
    @GetMapping("/closure/confirmation")
    String close(@ModelAttribute(name = "city", binding = false) CitySummary city, PlanView view, Model model) {
        var plan = planPath(city, view.id());
        if (!view.writable() || (view.state() != PlanState.ADOPTED && view.state() != PlanState.IN_IMPLEMENTATION)) {
            return "redirect:" + plan;
        }
        return Confirmation.of(
                        "plan.confirm.closure.title",
                        view.details().title(),
                        "plan.confirm.closure.text",
                        "plan.lifecycle.close",
                        plan + "/closure",
                        plan)
                .show(model);
    }

    /** The council decision comes as typed in the plan page's form; the adoption checks it when it is sent. */
    @GetMapping("/adoption/confirmation")
    String adopt(
            @ModelAttribute(name = "city", binding = false) CitySummary city,
            PlanView view,
            @RequestParam(required = false) @Nullable String date,
            @RequestParam(required = false) @Nullable String reference,
            @RequestParam(required = false) @Nullable String link,
            Model model) {
        var plan = planPath(city, view.id());
        if (!view.writable() || view.state() != PlanState.IN_CONSULTATION) {
            return "redirect:" + plan;
        }
        return Confirmation.of(
                        "plan.confirm.adoption.title",
                        view.details().title(),
                        "plan.confirm.adoption.text",
                        "plan.lifecycle.adopt",
                        plan + "/adoption",
                        plan)
                .showing("plan.field.decision.date", "date", date == null ? "" : date)
                .showing("plan.field.decision.reference", "reference", reference == null ? "" : reference)
                .showing("plan.field.decision.link", "link", link == null ? "" : link)
                .show(model);
    }
}
