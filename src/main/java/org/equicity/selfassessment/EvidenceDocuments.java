package org.equicity.selfassessment;

import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.equicity.shared.UploadedFiles.Upload;

/**
 * Documents uploaded as evidence for a key factor: minutes, briefings, annual reports as files the city keeps with
 * its self-assessment. The contributors upload them to a draft, with the rules of any other document (a kind of the
 * framework's, a title); the file is checked by what its content is, not by what its name says, and only the kinds
 * of file a city's evidence comes in are kept. The city's people read them; the peer review reads those it shares.
 */
public interface EvidenceDocuments {

    /**
     * Adds a document of the framework's evidence kind with its file to a key factor of a draft; its title is the
     * file's name where none is given. For the contributors.
     */
    EvidenceId upload(SelfAssessmentId id, String factor, EvidenceContent document, Upload file);

    /** The file of a piece of evidence, for the city's people; not found where the evidence has none. */
    StoredFile file(SelfAssessmentId id, EvidenceId evidence);

    /**
     * The same whoever asks, for the nested modules that decide themselves who may read it (a peer review team, the
     * public of a published review); never to be served without that check.
     */
    StoredFile fileForReview(EvidenceId evidence);
}
