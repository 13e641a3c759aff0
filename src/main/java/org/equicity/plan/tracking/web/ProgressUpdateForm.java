package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import java.util.List;
import org.equicity.plan.ActionStatus;
import org.equicity.plan.support.Lines;
import org.equicity.plan.tracking.PlanTracking.ProgressReport;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A progress update as typed into its form; evidence links one per line; {@code figures} the totals of the action's
 * indicators for their due periods, entered with the update.
 */
record ProgressUpdateForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportedOn,
        ActionStatus status,
        Integer progress,
        String narrative,
        String challenges,
        String evidenceLinks,
        String language,
        List<FigureField> figures) {

    ProgressUpdateForm {
        figures = figures == null ? List.of() : figures;
    }

    /** An update reported today, starting from where the action stands and what its indicators hold. */
    static ProgressUpdateForm blank(
            LocalDate today, ActionStatus status, Integer progress, String language, List<FigureField> figures) {
        return new ProgressUpdateForm(today, status, progress, null, null, null, language, figures);
    }

    ProgressReport report() {
        return new ProgressReport(
                reportedOn, status, progress, narrative, challenges, Lines.split(evidenceLinks), language);
    }
}
