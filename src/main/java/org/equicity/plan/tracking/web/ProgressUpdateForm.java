package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.support.Lines;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.springframework.format.annotation.DateTimeFormat;

/** A progress update as typed into its form; evidence links one per line. */
record ProgressUpdateForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
        ActionStatus status,
        Integer progress,
        String narrative,
        String challenges,
        String evidenceLinks,
        String language) {

    /** An update reported today, starting from where the action stands. */
    static ProgressUpdateForm blank(LocalDate today, ActionStatus status, Integer progress, String language) {
        return new ProgressUpdateForm(today, status, progress, null, null, null, language);
    }

    ProgressReport report() {
        return new ProgressReport(
                reportedOn, status, progress, narrative, challenges, Lines.split(evidenceLinks), language);
    }
}
