package org.equicity.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.equicity.plan.CommitmentId;
import org.equicity.plan.NeedContent;
import org.equicity.plan.NeedMethod;
import org.springframework.format.annotation.DateTimeFormat;

/** A need as typed into its form; {@code version} is the one the editor started from. */
record NeedForm(
        long version,
        String language,
        NeedMethod method,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        String participants,
        String description,
        UUID commitment,
        String track)
        implements TextsForm {

    static NeedForm blank(String language) {
        return new NeedForm(0, language, null, null, null, null, null, null);
    }

    static NeedForm of(NeedContent content, long version) {
        return new NeedForm(
                version,
                content.language(),
                content.method(),
                content.heldOn(),
                content.participants(),
                content.description(),
                content.commitment() == null ? null : content.commitment().value(),
                content.track());
    }

    /** The same entries over the version stored now: saving them again replaces what someone else saved. */
    NeedForm over(long stored) {
        return new NeedForm(stored, language, method, heldOn, participants, description, commitment, track);
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

    @Override
    public List<String> texts() {
        return PlanEditing.nonNull(description, participants);
    }
}
