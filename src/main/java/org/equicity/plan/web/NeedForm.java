package org.equicity.plan.web;

import java.time.LocalDate;
import java.util.UUID;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedMethod;
import org.springframework.format.annotation.DateTimeFormat;

/** A need as typed into its form. */
class NeedForm {

    private NeedMethod method;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    private String participants;

    private String description;

    private UUID commitment;

    private String track;

    private long version;

    public NeedMethod getMethod() {
        return method;
    }

    public void setMethod(NeedMethod method) {
        this.method = method;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UUID getCommitment() {
        return commitment;
    }

    public void setCommitment(UUID commitment) {
        this.commitment = commitment;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public long getVersion() {
        return version;
    }

    /** The language the texts are written in (ISO 639-1). */
    private String language;

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    NeedContent content() {
        return new NeedContent(
                method,
                heldOn,
                participants,
                description,
                commitment == null ? null : new CommitmentId(commitment),
                track,
                language);
    }

    void fill(NeedContent content, long version) {
        this.method = content.method();
        this.heldOn = content.heldOn();
        this.participants = content.participants();
        this.description = content.description();
        this.commitment =
                content.commitment() == null ? null : content.commitment().value();
        this.track = content.track();
        this.language = content.language();
        this.version = version;
    }
}
