package org.equicity.report;

import java.util.Optional;

/**
 * The reminders a city's coordinators are mailed, each once: a month before the deadline, a week before it, and
 * once it has passed with the report still owed.
 */
public enum ReminderKind {
    MONTH_BEFORE,
    WEEK_BEFORE,
    OVERDUE;

    /** The reminder due {@code daysLeft} days before the deadline, if any. */
    public static Optional<ReminderKind> at(long daysLeft) {
        if (daysLeft < -DueReport.REMINDER_DAYS || daysLeft > DueReport.REMINDER_DAYS) {
            return Optional.empty();
        }
        return Optional.of(daysLeft < 0 ? OVERDUE : daysLeft <= 7 ? WEEK_BEFORE : MONTH_BEFORE);
    }
}
