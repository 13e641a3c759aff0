package org.equicity.plan.web;

import java.time.LocalDate;
import org.equicity.plan.CouncilDecision;
import org.springframework.format.annotation.DateTimeFormat;

/** The council decision that adopts a plan. */
record DecisionForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, String reference, String link) {

    static DecisionForm blank() {
        return new DecisionForm(null, null, null);
    }

    CouncilDecision decision() {
        return new CouncilDecision(date, reference, link);
    }
}
