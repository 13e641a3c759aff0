package org.equicity.plan.tracking.web;

import java.time.Clock;
import java.time.LocalDate;
import org.equicity.plan.tracking.PlanTracking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A department contact's actions across the plans being implemented, with when each next update is due. */
@Controller
class MyActionsPage {

    private final PlanTracking tracking;
    private final Clock clock;

    MyActionsPage(PlanTracking tracking, Clock clock) {
        this.clock = clock;
        this.tracking = tracking;
    }

    @GetMapping("/me/actions")
    String myActions(Model model) {
        model.addAttribute("actions", tracking.myActions(LocalDate.now(clock)));
        return "plan/my-actions";
    }
}
