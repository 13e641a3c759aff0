package org.equicity.practice.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.equicity.practice.PracticeCalls.CallDetails;
import org.equicity.shared.RuleViolationException;

/** A call for practices as the secretariat types it: the deadline as a date (2027-03-31). */
record CallForm(String theme, String description, String deadline, List<String> fieldsOfAction) {

    static final CallForm BLANK = new CallForm(null, null, null, List.of());

    CallForm {
        fieldsOfAction = fieldsOfAction == null ? List.of() : List.copyOf(fieldsOfAction);
    }

    /** @throws RuleViolationException for the first rule the call breaks */
    CallDetails details() {
        return new CallDetails(theme, description, date(deadline), fieldsOfAction);
    }

    private static LocalDate date(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw RuleViolationException.about("deadline", "practice.call.rule.deadline", typed.strip());
        }
    }
}
