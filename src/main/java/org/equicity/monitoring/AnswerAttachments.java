package org.equicity.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.equicity.monitoring.InformationRequests.RecipientId;
import org.equicity.monitoring.InformationRequests.RequestId;
import org.equicity.shared.CityId;
import org.equicity.shared.Identifier;
import org.equicity.shared.UploadedFiles.AttachedFile;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.equicity.shared.UploadedFiles.Upload;

/**
 * Files a department attaches to its answer to an information request (a statistic, a service's guideline), checked
 * as every kept document is. Like the answer they belong to, they are read only by that department's contacts and
 * the city's coordinators, and only ever as downloads; they reach no public page, search, export or network.
 */
public interface AnswerAttachments {

    /** A few files stand beside an answer; more belong in a conversation with the steering group. */
    int MAX_PER_ANSWER = 5;

    /** Attaches a file to a department's answer, by a contact of that department while the request is sent. */
    AttachmentId attach(RequestId request, RecipientId recipient, Upload file);

    /** Takes an attached file back, by a contact of the department that attached it. */
    void remove(RequestId request, AttachmentId attachment);

    /** An attached file, for the department that attached it and the city's coordinators; refused (403) to others. */
    StoredFile file(RequestId request, AttachmentId attachment);

    /**
     * What the city holds in files attached to answers, per information request, for the data protection officer's
     * list (the city's coordinators): how many files and since when, never the files themselves.
     */
    List<HeldFiles> heldBy(CityId city);

    record AttachmentId(UUID value) implements Identifier {

        public AttachmentId {
            Objects.requireNonNull(value, "attachment id");
        }
    }

    /** An attached file as listed with its answer. */
    record Attachment(AttachmentId id, AttachedFile file) {}

    /** The files the answers to one information request hold: how many, and the day the oldest was attached. */
    record HeldFiles(ProgrammeId programme, String programmeTitle, String request, int files, LocalDate oldest) {}
}
