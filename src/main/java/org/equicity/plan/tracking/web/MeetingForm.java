package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as typed into its form, with the actions it discussed ticked. */
record MeetingForm(
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        MeetingKind kind,
        String participants,
        String minutes,
        List<UUID> actions,
        String language) {

    MeetingForm {
        actions = actions == null ? List.of() : actions;
    }

    /** A meeting held today, minuted in the plan's language. */
    static MeetingForm blank(LocalDate today, String language) {
        return new MeetingForm(today, null, null, null, null, language);
    }

    MeetingContent content() {
        return new MeetingContent(
                heldOn,
                kind,
                participants,
                minutes,
                actions.stream().map(ActionId::new).toList(),
                language);
    }
}
