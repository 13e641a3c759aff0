package org.equicity.selfassessment;

import org.equicity.selfassessment.SelfAssessments.EvidenceContent;
import org.equicity.selfassessment.SelfAssessments.Source;
import org.equicity.shared.NotFoundException;
import org.equicity.shared.UploadedFiles;
import org.equicity.shared.UploadedFiles.StoredFile;
import org.equicity.shared.UploadedFiles.Upload;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence documents facade. A file is added through {@link SelfAssessments#addEvidence}, so that it follows
 * every rule of a document; it is checked as every kept document is ({@link UploadedFiles#checkedDocument}).
 */
@Service
@Transactional
class EvidenceDocumentService implements EvidenceDocuments {

    private final SelfAssessments assessments;
    private final SelfAssessmentRepository stored;
    private final EvidenceRepository evidence;
    private final EvidenceFileRepository files;
    private final AssessmentAccess access;

    EvidenceDocumentService(
            SelfAssessments assessments,
            SelfAssessmentRepository stored,
            EvidenceRepository evidence,
            EvidenceFileRepository files,
            AssessmentAccess access) {
        this.assessments = assessments;
        this.stored = stored;
        this.evidence = evidence;
        this.files = files;
        this.access = access;
    }

    @Override
    public EvidenceId upload(SelfAssessmentId id, String factor, EvidenceContent document, Upload file) {
        // the city's contributors only: nobody else learns what the checks of a file would say
        access.requireContribute(load(id).city());
        var attached = UploadedFiles.checkedDocument(file);
        var title = document.title() == null ? attached.name() : document.title();
        var added = assessments.addEvidence(
                id, factor, new EvidenceContent(Source.DOCUMENT, document.kind(), title, document.link(), null, null));
        piece(added).attach(attached);
        files.save(new EvidenceFile(added, file.content()));
        return added;
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(SelfAssessmentId id, EvidenceId evidenceId) {
        access.requireRead(load(id).city());
        var piece = piece(evidenceId);
        if (!piece.assessment().equals(id)) {
            throw new NotFoundException("Evidence", evidenceId);
        }
        return stored(piece, evidenceId);
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile fileForReview(EvidenceId evidenceId) {
        return stored(piece(evidenceId), evidenceId);
    }

    private StoredFile stored(Evidence piece, EvidenceId id) {
        var attached = piece.file();
        var content = files.findById(id.value()).orElse(null);
        if (attached == null || content == null) {
            throw new NotFoundException("Evidence file", id);
        }
        return new StoredFile(attached, content.content());
    }

    private Evidence piece(EvidenceId id) {
        return evidence.findById(id.value()).orElseThrow(() -> new NotFoundException("Evidence", id));
    }

    private SelfAssessment load(SelfAssessmentId id) {
        return stored.findById(id.value()).orElseThrow(() -> new NotFoundException("Self-assessment", id));
    }
}
