package org.equicity.plan.web;

import java.time.LocalDate;
import org.equicity.plan.PlanTracking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A department contact's actions across the plans being implemented, with when each next update is due. */
@Controller
class MyActionsPage {

    private final PlanTracking tracking;

    MyActionsPage(PlanTracking tracking) {
        this.tracking = tracking;
    }

    @GetMapping("/me/actions")
    String myActions(Model model) {
        model.addAttribute("actions", tracking.myActions(LocalDate.now()));
        return "plan/my-actions";
    }
}
