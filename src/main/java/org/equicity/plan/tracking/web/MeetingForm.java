package org.equicity.plan.tracking.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.ActionId;
import org.equicity.plan.tracking.PlanTracking.MeetingContent;
import org.equicity.plan.tracking.PlanTracking.MeetingKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A meeting as typed into its form, with the actions it discussed ticked. */
class MeetingForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private MeetingKind kind;

    private String participants;

    private String minutes;

    private List<UUID> actions = new ArrayList<>();

    private String language;

    MeetingContent content() {
        return new MeetingContent(
                heldOn,
                kind,
                participants,
                minutes,
                actions == null
                        ? List.of()
                        : actions.stream().map(ActionId::new).toList(),
                language);
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public List<UUID> getActions() {
        return actions;
    }

    public void setActions(List<UUID> actions) {
        this.actions = actions;
    }

    /** The language the texts are written in (ISO 639-1). */
    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
