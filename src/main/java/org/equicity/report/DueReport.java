package org.equicity.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.equicity.report.Reports.CycleSummary;

/** What the city owes: a cycle, and its report if started; {@code overdue} once the deadline passed unsubmitted. */
public record DueReport(
        CycleSummary cycle, ReportId report, ReportStatus status, Instant statusChangedAt, boolean overdue) {

    /** From how many days before the deadline the city is reminded, in the application and by mail. */
    public static final int REMINDER_DAYS = 30;

    /** Whether the city still owes the report: not started, a draft, or returned for revision. */
    public boolean outstanding() {
        return status == null || status.isEditable();
    }

    /** Days from {@code today} to the deadline; negative once it has passed. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, cycle.deadline());
    }

    /** Whether the reader should be reminded: still owed, and due within {@link #REMINDER_DAYS} or overdue. */
    public boolean needsReminder(LocalDate today) {
        return outstanding() && daysLeft(today) <= REMINDER_DAYS;
    }
}
