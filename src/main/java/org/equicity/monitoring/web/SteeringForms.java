package org.equicity.monitoring.web;

import java.time.LocalDate;
import java.util.UUID;
import org.equicity.monitoring.Monitoring.Appointment;
import org.equicity.monitoring.Monitoring.MeetingNotes;
import org.equicity.monitoring.Monitoring.MemberId;
import org.equicity.shared.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a steering group's page; their field names differ, so that one page shows each error beside its field. */
final class SteeringForms {

    private SteeringForms() {}

    /** A date left empty is refused beside its field, as the facade refuses an empty text. */
    static LocalDate required(@Nullable LocalDate date, String field) {
        if (date == null) {
            throw RuleViolationException.about(field, "monitoring.rule.required", field);
        }
        return date;
    }

    /** The steering group's mandate; {@code version} is the programme's the editor started from. */
    record MandateForm(@Nullable String steeringMandate, long version) {

        MandateForm over(long stored) {
            return new MandateForm(steeringMandate, stored);
        }
    }

    /** A member appointed; {@code succeeds} names the member they succeed, if any. */
    record MemberForm(
            @Nullable String name,
            @Nullable String organisation,
            @Nullable String role,
            @Nullable String actorGroup,

            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate joinedOn,

            @Nullable UUID succeeds) {

        static MemberForm blank(LocalDate today) {
            return new MemberForm(null, null, null, null, today, null);
        }

        Appointment appointment() {
            return new Appointment(
                    name == null ? "" : name,
                    organisation,
                    role,
                    actorGroup == null ? "" : actorGroup,
                    required(joinedOn, "joinedOn"),
                    succeeds == null ? null : new MemberId(succeeds));
        }
    }

    record MeetingForm(
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate heldOn,

            @Nullable String participants,
            @Nullable String minutes) {

        static MeetingForm blank(LocalDate today) {
            return new MeetingForm(today, null, null);
        }

        MeetingNotes notes() {
            return new MeetingNotes(required(heldOn, "heldOn"), participants, minutes == null ? "" : minutes);
        }
    }
}
